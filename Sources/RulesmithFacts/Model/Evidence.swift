/// Where a fact comes from: a repository-relative path and, when one line says it, that line.
public struct Evidence: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    /// 1-based; nil when the file's presence is the evidence (an empty `manage.py`, a lock file).
    public var line: Int?

    public init(_ path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    /// `path:line`, or `path` alone when the file's presence is the evidence.
    public var description: String { line.map { "\(path):\($0)" } ?? path }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.path, lhs.line ?? 0) < (rhs.path, rhs.line ?? 0)
    }
}
