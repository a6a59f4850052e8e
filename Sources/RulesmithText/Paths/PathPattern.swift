/// A glob read in one `PathDialect`, matched against '/'-separated relative paths: the one path
/// matcher behind ignore globs, per-path levels, gitignore lines and detection patterns.
public struct PathPattern: PathMatching, Hashable {
    /// The pattern as written.
    public let pattern: String
    public let dialect: PathDialect
    let glob: Glob
    /// A configuration pattern without '/' is tried against each name of the path.
    let anyDepth: Bool

    /// Compiles `pattern` as `dialect` reads it; an empty pattern (after trimming) is an error.
    public init(_ pattern: String, dialect: PathDialect) throws(GlobSyntaxError) {
        self.pattern = pattern
        self.dialect = dialect
        switch dialect {
        case .configuration:
            let trimmed = pattern.trimmingBlanks()
            var text = Substring(trimmed)
            while text.hasSuffix("/") { text.removeLast() }
            let anchored = text.hasPrefix("/")
            while text.hasPrefix("/") { text.removeFirst() }
            glob = try Glob(String(text))
            anyDepth = !anchored && !text.contains("/")
        case .gitignore:
            var text = Substring(pattern)
            let anchored = text.contains("/")
            if text.hasPrefix("/") { text.removeFirst() }
            glob = try Glob(anchored ? String(text) : "**/" + text, braces: false)
            anyDepth = false
        case .detection:
            var text = Substring(pattern)
            while text.hasPrefix("/") { text.removeFirst() }
            while text.hasSuffix("/") { text.removeLast() }
            glob = try Glob(pattern.contains("/") ? String(text) : "**/" + text)
            anyDepth = false
        }
    }

    /// Whether `pattern` says nothing in `dialect` (blank, or only '/'): lists skip such entries.
    public static func isBlank(_ pattern: String, dialect: PathDialect) -> Bool {
        switch dialect {
        case .configuration: pattern.trimmingBlanks().allSatisfy { $0 == "/" }
        case .gitignore: pattern.isEmpty
        case .detection: pattern.allSatisfy { $0 == "/" }
        }
    }

    /// Every non-blank pattern of `patterns` compiled in `dialect`.
    /// - Throws: the first pattern that does not compile, with the reason.
    public static func compile(_ patterns: [String], dialect: PathDialect) throws(PathPatternError) -> [PathPattern] {
        var compiled: [PathPattern] = []
        for pattern in patterns where !isBlank(pattern, dialect: dialect) {
            do {
                compiled.append(try PathPattern(pattern, dialect: dialect))
            } catch {
                throw PathPatternError(pattern: pattern, reason: error)
            }
        }
        return compiled
    }

    public func matches(_ path: String) -> Bool {
        matches(segments: path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) })
    }

    /// `matches(_:)` for a path already split into segments.
    func matches(segments: [[Unicode.Scalar]]) -> Bool {
        switch dialect {
        case .gitignore, .detection:
            return glob.matches(segments: segments)
        case .configuration:
            guard !segments.isEmpty else { return false }
            if anyDepth { return segments.contains { glob.matches(segments: [$0]) } }
            for end in 1...segments.count where glob.matches(segments: Array(segments[0..<end])) { return true }
            return false
        }
    }
}

extension Sequence where Element == PathPattern {
    /// Whether any of the patterns matches `path`.
    public func matchAny(_ path: String) -> Bool {
        var iterator = makeIterator()
        guard let first = iterator.next() else { return false }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        if first.matches(segments: segments) { return true }
        while let next = iterator.next() { if next.matches(segments: segments) { return true } }
        return false
    }
}

/// A pattern of a list that does not compile, and why.
public struct PathPatternError: Error, Sendable {
    public var pattern: String
    public var reason: GlobSyntaxError
}
