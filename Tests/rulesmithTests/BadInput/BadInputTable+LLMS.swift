import Foundation

/// Rows for `render`, `llms ctx` and `llms generate`.
extension BadInputTable {
    static let renderAndLLMS: [BadInputCase] = render + ctx + generate

    private static let render: [BadInputCase] = [
        BadInputCase(name: "render: stack id with ..", arguments: ["render", "--stack", "../../etc", "--target", "agents"],
                     expected: .refused),
        BadInputCase(name: "render: target with ..", arguments: ["render", "--stack", "tool", "--target", "../x"], expected: .refused,
                     mentions: "unknown target"),
        BadInputCase(name: "render: unknown variable syntax", arguments: ["render", "--stack", "tool", "--target", "agents", "--var", "=x"], expected: .refused),
        BadInputCase(name: "render: corrupt registry", arguments: ["render", "--stack", "tool", "--target", "agents"], expected: .refused) { try corruptRegistry($0) },
        BadInputCase(name: "render: foreign SQLite registry", arguments: ["render", "--stack", "tool", "--target", "agents"], expected: .refused) {
            try foreignRegistry($0)
        },
    ]

    private static let ctx: [BadInputCase] = [
        // A document is written whatever the links hold; unreadable ones become error entries.
        BadInputCase(name: "llms ctx: NUL bytes", arguments: ["llms", "ctx", "llms.txt"], expected: .exits([0])) {
            try $0.write("repo/llms.txt", BadInputBytes.nul)
        },
        BadInputCase(name: "llms ctx: invalid UTF-8", arguments: ["llms", "ctx", "llms.txt"], expected: .refused, mentions: "not UTF-8") {
            try $0.write("repo/llms.txt", BadInputBytes.invalidUTF8)
        },
        BadInputCase(name: "llms ctx: UTF-16 with BOM", arguments: ["llms", "ctx", "llms.txt"], expected: .refused) {
            try $0.write("repo/llms.txt", BadInputBytes.utf16Markdown)
        },
        BadInputCase(name: "llms ctx: 100 MB file", arguments: ["llms", "ctx", "$BIG"], expected: .exits([0]), deadline: 300),
        BadInputCase(name: "llms ctx: a 1 MB line", arguments: ["llms", "ctx", "llms.txt"], expected: .exits([0])) {
            try $0.write("repo/llms.txt", BadInputBytes.megabyteLine)
        },
        BadInputCase(name: "llms ctx: 10,000 nested lists", arguments: ["llms", "ctx", "llms.txt"], expected: .exits([0])) {
            try $0.write("repo/llms.txt", BadInputBytes.nestedLists)
        },
        BadInputCase(name: "llms ctx: 10,000 nested block quotes", arguments: ["llms", "ctx", "llms.txt"], expected: .exits([0])) {
            try $0.write("repo/llms.txt", BadInputBytes.nestedQuotes)
        },
        // Links out of the folder are refused per document (outside-root); --strict turns that into exit 1.
        BadInputCase(name: "llms ctx: links with .. and absolute paths", arguments: ["llms", "ctx", "llms.txt", "--strict"],
                     expected: .exits([1])) {
            try $0.write("outside/secret.md", "# Secret\n")
            try $0.write("repo/llms.txt", "# T\n\n> S.\n\n## Docs\n\n- [a](../outside/secret.md)\n- [b](/etc/passwd)\n- [c](file:///etc/passwd)\n")
        },
        BadInputCase(name: "llms ctx: a linked document is a symlink out of the folder", arguments: ["llms", "ctx", "llms.txt", "--strict"],
                     expected: .exits([1])) {
            try $0.write("outside/secret.md", "# Secret\n")
            try $0.link("repo/secret.md", to: "../outside/secret.md")
            try $0.write("repo/llms.txt", "# T\n\n> S.\n\n## Docs\n\n- [a](secret.md)\n")
        },
        BadInputCase(name: "llms ctx: input is a folder", arguments: ["llms", "ctx", "docs"], expected: .refused) {
            try $0.makeFolder("repo/docs")
        },
        BadInputCase(name: "llms ctx: input is a symlink loop", arguments: ["llms", "ctx", "llms.txt"], expected: .refused) {
            try $0.link("repo/llms.txt", to: "llms.txt")
        },
        BadInputCase(name: "llms ctx: output is a folder", arguments: ["llms", "ctx", "llms.txt", "-o", "out"], expected: .refused) {
            try $0.write("repo/llms.txt", "# T\n\n> S.\n")
            try $0.makeFolder("repo/out")
        },
        BadInputCase(name: "llms ctx: output in a missing folder", arguments: ["llms", "ctx", "llms.txt", "-o", "missing/out.txt"],
                     expected: .refused) {
            try $0.write("repo/llms.txt", "# T\n\n> S.\n")
        },
        BadInputCase(name: "llms ctx: output on a full disk", arguments: ["llms", "ctx", "llms.txt", "-o", "llms-ctx.txt"],
                     expected: .refused, mentions: "space") {
            try $0.write("repo/llms.txt", "# T\n\n> S.\n\n## Docs\n\n- [Readme](README.md)\n")
            try fullDisk($0)
        },
    ]

    private static let generate: [BadInputCase] = [
        // Unreadable documents are left out; the rest is written.
        BadInputCase(name: "llms generate: hostile docs folder", arguments: ["llms", "generate", "docs"], expected: .exits([0]),
                     mayChange: ["repo/llms.txt"]) {
            try $0.write("repo/docs/nul.md", BadInputBytes.nul)
            try $0.write("repo/docs/invalid.md", BadInputBytes.invalidUTF8)
            try $0.write("repo/docs/utf16.md", BadInputBytes.utf16Markdown)
            try $0.write("outside/secret.md", "# Secret\n\nDo not read me.\n")
            try $0.link("repo/docs/out.md", to: "../../outside/secret.md")
            try $0.link("repo/docs/loop.md", to: "loop.md")
        },
        BadInputCase(name: "llms generate: docs path is a file", arguments: ["llms", "generate", "README.md"], expected: .refused),
        BadInputCase(name: "llms generate: docs with ..", arguments: ["llms", "generate", "../outside"], expected: .refused) {
            try $0.write("outside/secret.md", "# Secret\n")
        },
        BadInputCase(name: "llms generate: llms.txt is a folder", arguments: ["llms", "generate", "docs"], expected: .refused) {
            try $0.write("repo/docs/a.md", "# A\n\nFirst.\n")
            try $0.makeFolder("repo/llms.txt")
        },
        BadInputCase(name: "llms generate: read-only repository", arguments: ["llms", "generate", "docs"], expected: .refused,
                     user: BadInputCase.nobody) {
            try $0.write("repo/docs/a.md", "# A\n\nFirst.\n")
        },
        BadInputCase(name: "llms generate: full disk", arguments: ["llms", "generate", "docs"], expected: .refused, mentions: "space") {
            try $0.write("repo/docs/a.md", "# A\n\nFirst.\n")
            try fullDisk($0)
        },
        BadInputCase(name: "llms generate: corrupt config", arguments: ["llms", "generate", "docs"], expected: .problemList,
                     mentions: ".rulesmith.yml") {
            try $0.write("repo/docs/a.md", "# A\n\nFirst.\n")
            try $0.write("repo/.rulesmith.yml", BadInputBytes.aliasBombConfig)
        },
    ]
}
