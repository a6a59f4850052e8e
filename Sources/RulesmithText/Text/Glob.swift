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
        var patternIndex = 0
        var pathIndex = 0
        var starPattern = -1
        var starPath = 0
        while pathIndex < path.count {
            if patternIndex < pattern.count {
                let segment = pattern[patternIndex]
                if segment == .globstar {
                    starPattern = patternIndex
                    starPath = pathIndex
                    patternIndex += 1
                    continue
                }
                if segment.matches(path[pathIndex]) {
                    patternIndex += 1
                    pathIndex += 1
                    continue
                }
            }
            guard starPattern >= 0 else { return false }
            patternIndex = starPattern + 1
            starPath += 1
            pathIndex = starPath
        }
        while patternIndex < pattern.count, pattern[patternIndex] == .globstar { patternIndex += 1 }
        return patternIndex == pattern.count
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
