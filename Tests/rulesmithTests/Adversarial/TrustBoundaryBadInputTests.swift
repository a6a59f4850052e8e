// Rows of the bad-input table (run by the same judge, `BadInputTests.survives`) for two holes of the
// trust boundary: a FIFO or a device where rulesmith reads a file (it used to wait forever for a
// writer), and a registry with one damaged page (every command used to rewrite its header before
// finding the damage). Each row must end with exit 2 and one line, and leave the sandbox, the
// registry file included, byte for byte as it was.

import Foundation
import Testing

@Suite
struct TrustBoundaryBadInputTests {
    @Test(arguments: BadInputTable.specialFiles + BadInputTable.damagedRegistry)
    func survives(_ row: BadInputCase) throws {
        try BadInputTests().survives(row)
    }
}

extension BadInputTable {
    /// A FIFO or a character device wherever a path is read; refused, never waited on.
    static let specialFiles: [BadInputCase] = [
        BadInputCase(name: "lint: AGENTS.md is a FIFO", arguments: ["lint", "AGENTS.md"], expected: .refused, mentions: "FIFO",
                     deadline: 20) { try $0.makeFIFO("repo/AGENTS.md") },
        BadInputCase(name: "lint: a FIFO named AGENTS.md in the folder is skipped", arguments: ["lint", "."], expected: .exits([0, 1]),
                     deadline: 20) { try $0.makeFIFO("repo/AGENTS.md") },
        BadInputCase(name: "lint: --config is a FIFO", arguments: ["lint", "--config", "$ROOT/outside/config.yml", "."],
                     expected: .refused, mentions: "FIFO", deadline: 20) { try $0.makeFIFO("outside/config.yml") },
        BadInputCase(name: "lint: .rulesmith.yml in the folder is a FIFO", arguments: ["lint", "."], expected: .refused,
                     mentions: "FIFO", deadline: 20) { try $0.makeFIFO("repo/.rulesmith.yml") },
        BadInputCase(name: "lint: /dev/zero as a path", arguments: ["lint", "--kind", "agents-md", "/dev/zero"], expected: .refused,
                     mentions: "character device", deadline: 20),
        BadInputCase(name: "llms ctx: llms.txt is a FIFO", arguments: ["llms", "ctx", "llms.txt"], expected: .refused,
                     mentions: "FIFO", deadline: 20) { try $0.makeFIFO("repo/llms.txt") },
        BadInputCase(name: "llms ctx: /dev/zero as a path", arguments: ["llms", "ctx", "/dev/zero"], expected: .refused,
                     mentions: "character device", deadline: 20),
        BadInputCase(name: "status: .rulesmith.lock is a FIFO", arguments: ["status"], state: .initialised, expected: .refused,
                     mentions: "FIFO", deadline: 20) { try $0.makeFIFO("repo/.rulesmith.lock") },
        BadInputCase(name: "apply: .rulesmith.lock is a FIFO", arguments: ["apply"], state: .initialised, expected: .refused,
                     mentions: "FIFO", deadline: 20) { try $0.makeFIFO("repo/.rulesmith.lock") },
        BadInputCase(name: "check: .rulesmith.yml is a FIFO", arguments: ["check"], state: .initialised, expected: .refused,
                     mentions: "FIFO", deadline: 20) { try $0.makeFIFO("repo/.rulesmith.yml") },
        BadInputCase(name: "registry import: a FIFO among the templates", arguments: ["registry", "import", "$ROOT/templates"],
                     expected: .refused, mentions: "not a regular file", deadline: 20) {
            try $0.write("templates/extra/stack.yml", "id: extra\ntitle: Extra\ndescription: Extra rules.\ncategory: base\n")
            try $0.makeFIFO("templates/extra/notes.md")
        },
        BadInputCase(name: "registry list: the registry is a FIFO", arguments: ["registry", "list"], expected: .refused,
                     mentions: "FIFO", deadline: 20) {
            $0.registryIsHostile = true
            try $0.makeFIFO("registry.sqlite")
        },
        BadInputCase(name: "sync: the manifest is a FIFO", arguments: ["sync", "$ROOT/m.yml", "--cache", "$ROOT/cache"],
                     expected: .refused, mentions: "FIFO", deadline: 20) { try $0.makeFIFO("m.yml") },
        BadInputCase(name: "detect: package.json is a FIFO", arguments: ["detect", "."], expected: .exits([0]), deadline: 20) {
            try $0.makeFIFO("repo/package.json")
        },
    ]

    /// Every command that opens the registry, against a sound registry with one page overwritten.
    static let damagedRegistry: [BadInputCase] = {
        let commands: [(arguments: [String], state: BadInputSandbox.State)] = [
            (["registry", "list"], .repository), (["registry", "show", "base"], .repository),
            (["registry", "search", "commit"], .repository), (["registry", "history"], .repository),
            (["registry", "export", "$ROOT/export"], .repository), (["registry", "import", "$ROOT/templates"], .repository),
            (["registry", "pull", "file:///team/templates.git", "--checkout", "$ROOT/templates", "--commit", String(repeating: "b", count: 40)],
             .repository),
            (["detect", "."], .repository), (["render", "--stack", "base", "--target", "agents"], .repository),
            (["init", "--yes"], .repository), (["status"], .initialised), (["check"], .initialised), (["apply"], .initialised),
        ]
        var rows: [BadInputCase] = []
        for (arguments, state) in commands {
            for (label, page) in [("a page in the middle", PageChoice.middle), ("the last page", .last)] {
                rows.append(BadInputCase(
                    name: "\(arguments.prefix(2).joined(separator: " ")): registry with \(label) overwritten", arguments: arguments,
                    state: state, expected: .refused, mentions: "damaged"
                ) { sandbox in
                    try sandbox.write("templates/extra/stack.yml", "id: extra\ntitle: Extra\ndescription: Extra rules.\ncategory: base\n")
                    try sandbox.write("templates/extra/notes.md", "---\ndescription: Notes\nalwaysApply: true\n---\n# Notes\n\n- Keep notes.\n")
                    try damagePage(sandbox, page)
                })
            }
        }
        return rows
    }()

    /// Which page of the registry a row overwrites.
    enum PageChoice: Sendable { case middle, last }

    /// Overwrites one whole page of the sandbox's (sound) registry with a byte pattern, as a bad
    /// sector or a stray write would; the file must then stay exactly so.
    static func damagePage(_ sandbox: BadInputSandbox, _ choice: PageChoice) throws {
        sandbox.registryIsHostile = true
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: sandbox.registry))
        defer { try? handle.close() }
        let header = try handle.read(upToCount: 100) ?? Data()
        guard header.count == 100 else { throw CocoaError(.fileReadCorruptFile) }
        let raw = Int(header[16]) << 8 | Int(header[17])
        let pageSize = raw == 1 ? 65536 : raw
        let pages = Int(try handle.seekToEnd()) / pageSize
        guard pages > 8 else { throw CocoaError(.fileReadCorruptFile) }
        let page = choice == .middle ? pages / 2 : pages
        try handle.seek(toOffset: UInt64((page - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
    }
}
