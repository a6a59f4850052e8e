import Foundation

/// The bad-input table: every command × the hostile states it can meet.
enum BadInputTable {
    static let rows: [BadInputCase] = lint + rules + registry + detect + workflow + hook + sync + renderAndLLMS

    // MARK: lint

    static let lint: [BadInputCase] = [
        BadInputCase(name: "lint: empty llms.txt", arguments: ["lint", "llms.txt"], expected: .linted) {
            try $0.write("repo/llms.txt", "")
        },
        BadInputCase(name: "lint: NUL bytes", arguments: ["lint", "llms.txt", "CLAUDE.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.nul)
            try $0.write("repo/CLAUDE.md", BadInputBytes.nul)
        },
        BadInputCase(name: "lint: invalid UTF-8", arguments: ["lint", "llms.txt", "AGENTS.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.invalidUTF8)
            try $0.write("repo/AGENTS.md", BadInputBytes.invalidUTF8)
        },
        BadInputCase(name: "lint: binary rules file", arguments: ["lint", "."], expected: .linted) {
            try $0.write("repo/.cursorrules", BadInputBytes.binary)
        },
        BadInputCase(name: "lint: UTF-16 with BOM", arguments: ["lint", "llms.txt", "CLAUDE.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.utf16Markdown)
            try $0.write("repo/CLAUDE.md", BadInputBytes.utf16Markdown)
        },
        BadInputCase(name: "lint --fix: UTF-16 with BOM is not rewritten as garbage",
                     arguments: ["lint", "--fix", "CLAUDE.md"], expected: .linted, mayChange: ["repo/CLAUDE.md"]) {
            try $0.write("repo/CLAUDE.md", BadInputBytes.utf16Markdown)
        },
        BadInputCase(name: "lint: 100 MB llms.txt", arguments: ["lint", "--kind", "llms-txt", "$BIG"], expected: .linted,
                     deadline: 300),
        BadInputCase(name: "lint: 100 MB on standard input", arguments: ["lint", "-", "--kind", "llms-txt"], expected: .linted,
                     stdin: BadInputBytes.hundredMegabytesOfProse, deadline: 300),
        BadInputCase(name: "lint: 100 MB rules file on standard input is over the 4 MiB limit",
                     arguments: ["lint", "-", "--kind", "agents-md"], expected: .refused,
                     stdin: BadInputBytes.hundredMegabytesOfProse, mentions: "<stdin>: too large to lint: more than 4194304 bytes"),
        BadInputCase(name: "lint: sparse 1 GB AGENTS.md is refused by its size", arguments: ["lint", "AGENTS.md"], expected: .refused,
                     mentions: "AGENTS.md: too large to lint: 1073741824 bytes, over the limit of 4 MiB") {
            try $0.sparse("repo/AGENTS.md", size: 1 << 30)
        },
        BadInputCase(name: "lint: sparse 1 GB llms.txt is refused by its size", arguments: ["lint", "."], expected: .refused,
                     mentions: "llms.txt: too large to lint: 1073741824 bytes, over the limit of 256 MiB") {
            try $0.sparse("repo/llms.txt", size: 1 << 30)
        },
        BadInputCase(name: "lint: every other byte a control character (8 MB)", arguments: ["lint", "llms.txt"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.controlCharacterFlood)
        },
        BadInputCase(name: "lint: a 1 MB line", arguments: ["lint", "llms.txt", "AGENTS.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.megabyteLine)
            try $0.write("repo/AGENTS.md", BadInputBytes.megabyteLine)
        },
        BadInputCase(name: "lint --fix: a 1 MB line", arguments: ["lint", "--fix", "llms.txt"], expected: .linted,
                     mayChange: ["repo/llms.txt"]) {
            try $0.write("repo/llms.txt", BadInputBytes.megabyteLine)
        },
        BadInputCase(name: "lint: 10,000 nested lists", arguments: ["lint", "llms.txt", "AGENTS.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.nestedLists)
            try $0.write("repo/AGENTS.md", BadInputBytes.nestedLists)
        },
        BadInputCase(name: "lint: 10,000 nested block quotes", arguments: ["lint", "llms.txt", "CLAUDE.md"], expected: .linted) {
            try $0.write("repo/llms.txt", BadInputBytes.nestedQuotes)
            try $0.write("repo/CLAUDE.md", BadInputBytes.nestedQuotes)
        },
        BadInputCase(name: "lint: YAML alias bomb in frontmatter", arguments: ["lint", ".cursor/rules/bomb.mdc"], expected: .linted) {
            try $0.write("repo/.cursor/rules/bomb.mdc", BadInputBytes.aliasBombFrontmatter)
        },
        BadInputCase(name: "lint: 3 MB frontmatter", arguments: ["lint", ".cursor/rules/big.mdc", ".kiro/steering/big.md"],
                     expected: .linted) {
            try $0.write("repo/.cursor/rules/big.mdc", BadInputBytes.largeFrontmatter)
            try $0.write("repo/.kiro/steering/big.md", BadInputBytes.largeFrontmatter)
        },
        BadInputCase(name: "lint: 10 MB frontmatter is over the 4 MiB limit", arguments: ["lint", ".cursor/rules/big.mdc"],
                     expected: .refused, mentions: "big.mdc: too large to lint: 10485") {
            try $0.write("repo/.cursor/rules/big.mdc", BadInputBytes.hugeFrontmatter)
        },
        BadInputCase(name: "lint: --config is a directory", arguments: ["lint", "--config", "$ROOT/outside"], expected: .refused,
                     mentions: "directory"),
        BadInputCase(name: "lint: .rulesmith.yml is a directory", arguments: ["lint", "."], expected: .refused,
                     mentions: ".rulesmith.yml") {
            try $0.makeFolder("repo/.rulesmith.yml")
        },
        BadInputCase(name: "lint: a rules file that is a directory", arguments: ["lint", "CLAUDE.md"], expected: .linted) {
            try $0.makeFolder("repo/CLAUDE.md")
        },
        BadInputCase(name: "lint: file without read permission", arguments: ["lint", "$REPO/llms.txt"], expected: .refused,
                     user: BadInputCase.nobody, mentions: "permission denied") {
            try $0.write("repo/llms.txt", "# T\n")
            $0.chmod("repo/llms.txt", 0)
        },
        // An unreadable sub-folder of a scanned folder is skipped, as git skips it (exit 0).
        BadInputCase(name: "lint: folder without read permission", arguments: ["lint", "$REPO"], expected: .exits([0, 2]),
                     user: BadInputCase.nobody) {
            try $0.write("repo/docs/CLAUDE.md", "# T\n")
            $0.chmod("repo/docs", 0)
        },
        BadInputCase(name: "lint --fix: file without write permission", arguments: ["lint", "--fix", "$REPO/llms.txt"],
                     expected: .refused, user: BadInputCase.nobody) {
            try $0.write("repo/llms.txt", "\u{FEFF}# Title  \n\n> Summary\n\n## Docs\n\n- [A](https://a.example/a.md)\n")
        },
        BadInputCase(name: "lint --fix: symlink pointing outside the repository", arguments: ["lint", "--fix", "CLAUDE.md"],
                     expected: .exits([0, 1, 2])) {
            try $0.write("outside/CLAUDE.md", "# Outside   \n\n\n\nTrailing spaces and blank lines.   \n")
            try $0.link("repo/CLAUDE.md", to: "../outside/CLAUDE.md")
        },
        BadInputCase(name: "lint: symlinks out of the repository are not followed by a folder scan", arguments: ["lint", "."],
                     expected: .linted) {
            try $0.link("repo/CLAUDE.md", to: $0.outside + "/CLAUDE.md")
            try $0.link("repo/docs", to: $0.outside)
        },
        BadInputCase(name: "lint: symlink loop named as a file", arguments: ["lint", "AGENTS.md"], expected: .refused,
                     mentions: "AGENTS.md") {
            try $0.link("repo/AGENTS.md", to: "CLAUDE.md")
            try $0.link("repo/CLAUDE.md", to: "AGENTS.md")
        },
        BadInputCase(name: "lint: symlink loop in a folder", arguments: ["lint", "."], expected: .linted) {
            try $0.link("repo/sub/loop", to: "..")
            try $0.link("repo/sub/self", to: "self")
            try $0.write("repo/sub/AGENTS.md", "# Agents\n\n- Be brief.\n")
        },
        BadInputCase(name: "lint: invalid YAML config", arguments: ["lint", "."], expected: .refused, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", "lint: [unclosed\n  rules: {\n")
        },
        BadInputCase(name: "lint: config with NUL bytes", arguments: ["lint", "."], expected: .refused, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", Array("stacks: [tool]\n".utf8) + [0, 0] + Array("\n".utf8))
        },
        BadInputCase(name: "lint: config not UTF-8", arguments: ["lint", "."], expected: .refused, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", Array("stacks: [tool]\n# ".utf8) + [0xFF, 0xC3, 0x28] + Array("\n".utf8))
        },
        BadInputCase(name: "lint: config in UTF-16", arguments: ["lint", "."], expected: .refused, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", BadInputBytes.utf16Config)
        },
        BadInputCase(name: "lint: config alias bomb", arguments: ["lint", "."], expected: .problemList, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", BadInputBytes.aliasBombConfig)
        },
        BadInputCase(name: "lint: 10 MB config", arguments: ["lint", "."], expected: .refused, mentions: ".rulesmith.yml") {
            try $0.write("repo/.rulesmith.yml", BadInputBytes.hugeConfig)
        },
        BadInputCase(name: "lint: ignore globs with .. and absolute paths", arguments: ["lint", "."], expected: .exits([0, 1, 2])) {
            try $0.write("repo/.rulesmith.yml", "lint:\n  ignore: [\"../outside/**\", \"/etc/**\", \"../../**\"]\n")
        },
        BadInputCase(name: "lint --staged: repository in the middle of a merge", arguments: ["lint", "--staged"],
                     expected: .linted, mayChange: ["repo/.git"]) { try mergeConflict($0) },
        BadInputCase(name: "lint --staged: detached HEAD", arguments: ["lint", "--staged"], expected: .linted,
                     mayChange: ["repo/.git"]) { try detach($0) },
        BadInputCase(name: "lint --staged: not a repository", arguments: ["lint", "--staged"], state: .bare, expected: .refused),
        BadInputCase(name: "lint --fix: full disk", arguments: ["lint", "--fix", "llms.txt"], expected: .refused,
                     mentions: "llms.txt") {
            try $0.write("repo/llms.txt", "\u{FEFF}# Title  \n\n> Summary\n\n## Docs\n\n- [A](https://a.example/a.md)\n")
            try fullDisk($0)
        },
    ]

    // MARK: rules

    static let rules: [BadInputCase] = [
        BadInputCase(name: "rules: unknown rule", arguments: ["rules", "NOPE999"], expected: .refused, mentions: "NOPE999"),
        BadInputCase(name: "rules: path-like rule", arguments: ["rules", "../../etc/passwd"], expected: .refused),
        BadInputCase(name: "rules: unknown tag", arguments: ["rules", "--tag", "no-such-tag"], expected: .exits([0, 2])),
    ]
}
