import RulesmithEditors

/// RF009: a rules file whose whole content is a relative path: a symbolic link checked out as text.
struct SymlinkAsTextRule: Rule {
    /// Longer than any link target a repository would hold; past it the text is not a path.
    static let maximumLength = 240

    let description = RuleDescription(
        id: "RF009", name: "symlink-committed-as-text",
        summary: "The whole file is a relative path: a symbolic link checked out (or committed) as text",
        rationale: """
            Git stores a symbolic link as a file holding its target's path. A checkout with \
            `core.symlinks=false` (the default on Windows without Developer Mode) writes that path \
            as the file's only content, and committing from there turns the link into a text file \
            for everyone. The editor then loads `../.ai/rules/general.md` as its instructions, \
            not the file it names. Enable `core.symlinks` and check the file out again, or \
            replace it with the instructions or an import (`@AGENTS.md` for Claude Code).
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, .content], defaultSeverity: .warning,
        // The example test's variants: it judges a file that is one path, which any added line changes.
        traits: [.noPrefixVariant, .noCommentVariant],
        triggering: [
            Example("↓../.ai/rules/general.md", kind: .cursorrules),
            Example("↓AGENTS.md\n", kind: .claudeMd),
            Example("↓.rules", kind: .agentsMd),
            Example("↓../../shared/copilot-instructions.md\n", kind: .copilot),
        ],
        nonTriggering: [
            Example("# Rules\n\nSee ../.ai/rules/general.md for the rest.\n", kind: .cursorrules),
            Example("@AGENTS.md\n", kind: .claudeMd),
            Example("Use bun.\n", kind: .agentsMd),
            Example("TODO\n", kind: .agentsMd),
            Example("1.2.3\n", kind: .agentsMd),
            Example("https://example.test/rules.md\n", kind: .windsurf),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let range = Self.pathRange(document.source.bytes) else { return [] }
        let path = document.source.string(range)
        return [Finding(
            range: range,
            message: "the whole file is the path '\(FrontmatterReader.clip(path))': a symbolic link checked out as text (core.symlinks=false), so the editor reads a path instead of instructions; restore the link or write the instructions here")]
    }

    /// The file's only line when it is a relative path: letters, digits and `._-/~` without
    /// spaces, naming a file (an extension, a dotfile or a folder step) and not a URL.
    static func pathRange(_ bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        var end = bytes.count
        while end > start, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[end - 1]) { end -= 1 }
        guard end > start, end - start <= maximumLength else { return nil }
        let text = bytes[start..<end]
        let allowed = text.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D || byte == 0x2F || byte == 0x7E
        }
        guard allowed, let last = text.last, last != 0x2F, last != 0x2E else { return nil }
        let name = text.split(separator: 0x2F, omittingEmptySubsequences: false).last ?? text
        // An extension with a letter (`.md`, `.mdc`), so that `1.2.3` stays a version number.
        let hasExtension = name.dropFirst().lastIndex(of: 0x2E).map { dot in
            name[(dot + 1)...].contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        } ?? false
        let isDotfile = name.first == 0x2E && name.count > 1
        return hasExtension || isDotfile || text.contains(0x2F) ? start..<end : nil
    }
}
