import RulesmithText

/// One Claude Code style `@path` import in a rules file's prose.
public struct ImportReference: Sendable, Hashable {
    /// The path as written after `@` (escaped spaces unescaped, trailing punctuation dropped).
    public var path: String
    /// From the `@` to the end of the path.
    public var range: Range<Int>
    /// The token is confidently a file path (`./`, `../`, `~/` or `/` prefix, or a document
    /// extension such as `.md`), not an npm scope (`@mysten/sui`) or a mention (`@api`).
    public var isFilePath: Bool

    /// Extensions that make a bare `@token` a file import rather than a package name or mention.
    static let documentExtensions: Set<String> = [
        "md", "mdc", "markdown", "txt", "rst", "adoc", "json", "jsonc", "yaml", "yml", "toml",
    ]

    /// The workspace path the import resolves to from `documentPath`, or nil when rulesmith cannot
    /// check it (absolute paths, `~/` without a home directory, paths that leave the repository).
    public func resolved(from documentPath: String, homeDirectory: String?) -> String? {
        if path.hasPrefix("~/") {
            guard let homeDirectory else { return nil }
            return homeDirectory + "/" + path.dropFirst(2)
        }
        if path.hasPrefix("/") { return nil }
        let base = PathSyntax.directory(of: documentPath)
        let raw = base.isEmpty ? path : base + "/" + path
        guard !PathSyntax.escapesRoot(raw) else { return nil }
        let joined = PathSyntax.normalize(raw)
        return joined.isEmpty ? nil : joined
    }

    /// Whether the path's extension marks a file that may hold further imports.
    var isMarkdownLike: Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return false }
        return ["md", "mdc", "markdown", "txt"].contains(name[name.index(after: dot)...].lowercased())
    }
}
