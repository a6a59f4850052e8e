/// A compiled path glob: `*`, `**` (whole segments), `?`, `[...]` classes and `{a,b}` braces,
/// matched against '/'-separated relative paths.
public struct Glob: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String
    /// One entry per brace alternative; each is a list of path segments.
    let alternatives: [[GlobSegment]]

    /// Brace expansion stops here; more alternatives than this is a syntax error (bounds hostile input).
    public static let maximumAlternatives = 1024

    /// Compiles `pattern`; `braces: false` reads `{` and `}` literally (gitignore).
    public init(_ pattern: String, braces: Bool = true) throws(GlobSyntaxError) {
        self.pattern = pattern
        let scalars = Array(pattern.unicodeScalars)
        guard !scalars.isEmpty else { throw GlobSyntaxError("empty pattern", at: 0) }
        let expanded = braces ? try GlobBraces.expand(scalars) : [scalars]
        var alternatives: [[GlobSegment]] = []
        alternatives.reserveCapacity(expanded.count)
        for alternative in expanded {
            alternatives.append(try GlobSegment.compile(alternative))
        }
        self.alternatives = alternatives
    }

    /// Whether the relative path (no leading `/`) matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return matches(segments: segments)
    }

    /// Whether the path, already split into segments, matches.
    func matches(segments: [[Unicode.Scalar]]) -> Bool {
        alternatives.contains { Self.match($0, segments) }
    }

    /// Whether the pattern matches every path (`**`, `**/*`, `*` at the top level of one-segment paths aside).
    public var matchesEverything: Bool {
        alternatives.contains { segments in
            segments.allSatisfy { $0 == .globstar } || (segments.count == 2 && segments[0] == .globstar && segments[1].isStarOnly)
        }
    }

    /// Greedy matching with backtracking to the last `**`, as in the classic wildcard algorithm.
    private static func match(_ pattern: [GlobSegment], _ path: [[Unicode.Scalar]]) -> Bool {
        Wildcard.matches(pattern, path, isStar: { $0 == .globstar }, matches: { $0.matches($1) })
    }
}

/// Why a glob pattern does not compile, and where (a Unicode-scalar offset into the pattern).
public struct GlobSyntaxError: Error, Sendable, Hashable {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}
