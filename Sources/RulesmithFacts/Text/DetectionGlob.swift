/// Matches repository paths against detection globs: `*` and `?` stay inside one path component,
/// a `**` component spans any number of folders; a pattern without '/' matches the file name alone.
public enum DetectionGlob {
    /// Whether `path` ('/'-separated, repository-relative) matches `pattern`.
    public static func matches(_ pattern: String, path: String) -> Bool {
        let pathParts = path.split(separator: "/").map { Array($0.utf8) }
        guard !pattern.contains("/") else {
            let patternParts = pattern.split(separator: "/").map { Array($0.utf8) }
            return matchComponents(patternParts[...], pathParts[...])
        }
        guard let name = pathParts.last else { return false }
        return matchComponent(Array(pattern.utf8), name)
    }

    private static func matchComponents(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == Array("**".utf8) {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if matchComponents(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let component = path.first, matchComponent(first, component) else { return false }
        return matchComponents(pattern.dropFirst(), path.dropFirst())
    }

    /// Wildcard match inside one component; one star backtrack point suffices without '/'.
    private static func matchComponent(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0
        var t = 0
        var starP = -1
        var starT = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                starP = p + 1
                starT = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] || pattern[p] == UInt8(ascii: "?") {
                p += 1
                t += 1
            } else if starP >= 0 {
                starT += 1
                t = starT
                p = starP
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
