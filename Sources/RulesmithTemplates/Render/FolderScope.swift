/// Where a glob-scoped rule belongs in a tree of nested instruction files (`AGENTS.md`,
/// `CLAUDE.md`, `GEMINI.md`): the deepest folder that holds every file its globs can match.
/// The AGENTS.md convention has the nearest file to an edited path win, and Claude Code and
/// Gemini CLI load a subfolder's file when they work there, so a rule for `app/**/*.tsx`
/// belongs in `app/AGENTS.md` rather than in every request at the root.
enum FolderScope {
    /// The folder (`app`, `src/test`) all `globs` stay inside, or `""` for the root: a pattern
    /// whose first segment is already a wildcard (`**/*.go`), an absolute or negated pattern, or
    /// two patterns under different folders keep the rule at the root.
    static func folder(of globs: [String]) -> String {
        var common: [Substring]?
        for glob in globs {
            var pattern = Substring(glob)
            while pattern.hasPrefix("./") { pattern = pattern.dropFirst(2) }
            if pattern.hasPrefix("/") || pattern.hasPrefix("!") { return "" }
            var segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
            segments.removeLast()
            let literal = Array(segments.prefix { segment in
                !segment.isEmpty && segment != "." && segment != ".."
                    && !segment.unicodeScalars.contains { "*?[]{}!\\".unicodeScalars.contains($0) }
            })
            if let current = common {
                common = Array(zip(current, literal).prefix { $0 == $1 }.map(\.0))
            } else {
                common = literal
            }
            if common?.isEmpty == true { return "" }
        }
        return (common ?? []).joined(separator: "/")
    }
}
