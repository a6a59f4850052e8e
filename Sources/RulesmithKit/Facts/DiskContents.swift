import RulesmithFacts

/// File contents for the facts engine, read from the work tree on demand: only regular files
/// (a symlink only when it stays inside the folder), at most `limit` bytes, valid UTF-8.
public struct DiskContents: FileContents, Sendable {
    public static let defaultLimit = 1 << 20
    public let root: String
    public let limit: Int

    public init(root: String, limit: Int = DiskContents.defaultLimit) {
        self.root = FileSystem.realPath(root) ?? root
        self.limit = limit
    }

    public func text(of path: String) -> String? {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
        var absolute = root + "/" + path
        if FileSystem.entry(absolute, followLinks: false).type == .symlink {
            guard let target = FileSystem.realPath(absolute), FileSystem.isInside(target, root: root) else { return nil }
            absolute = target
        }
        guard FileSystem.entry(absolute, followLinks: false).type == .file,
              let bytes = FileSystem.read(absolute, limit: limit) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
