import Foundation
import GRDB
import RulesmithTemplates
import Testing
@testable import RulesmithRegistry

/// Skills (folders with files and modes) and MCP servers through the registry: stored, exported
/// byte for byte with their modes, searched.
@Suite struct SkillStorageTests {
    static let skillFiles: [String: String] = [
        "Templates/swift/skills/release-notes/SKILL.md":
            "---\nname: release-notes\ndescription: Writes release notes from the git log. Use when a release is cut.\n---\n# Release notes\n\nRun `scripts/collect.sh`, then summarise.\n",
        "Templates/swift/skills/release-notes/scripts/collect.sh": "#!/bin/sh\ngit log --oneline \"$1..HEAD\"\n",
        "Templates/swift/skills/release-notes/references/style.md": "# Style\n\n- One line per change.\n",
        "Templates/swift/mcp.json":
            "{\n  \"mcpServers\": {\n    \"swift-docs\": {\"command\": \"npx\", \"args\": [\"-y\", \"@acme/swift-docs@{{test_command}}\"]}\n  }\n}\n",
    ]

    static var files: [String: String] { Fixtures.teamRepository.merging(skillFiles) { $1 } }

    static func set() throws -> TemplateSet {
        try TemplateLayout.read(TemplateTree(
            rootName: "team", files: files.mapValues { Array($0.utf8) },
            executables: ["Templates/swift/skills/release-notes/scripts/collect.sh"]))
    }

    @Test func aSkillFolderAndServersRoundTripWithModes() throws {
        let set = try Self.set()
        let swift = try #require(set.stacks.first { $0.id == "swift" })
        #expect(swift.skills.map(\.name) == ["release-notes"])
        #expect(swift.skills.first?.executables == ["scripts/collect.sh"])
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        try registry.importStacks(set, source: .directory("/team"), lint: TestLinter.gate)
        #expect(try registry.exportFiles() == Self.files.mapValues { Array($0.utf8) })
        #expect(try registry.exportExecutables() == ["Templates/swift/skills/release-notes/scripts/collect.sh"])
        let stored = try registry.stack("swift")
        #expect(stored.skills == swift.skills)
        #expect(stored.mcpFile == swift.mcpFile)
        // Importing the same again stores nothing new; a mode change is a change.
        let again = try registry.importStacks(set, source: .directory("/team"))
        #expect(again.changes.first { $0.stackID == "swift" }?.kind == .unchanged)
        let notExecutable = try TemplateLayout.read(TemplateTree(rootName: "team", files: Self.files.mapValues { Array($0.utf8) }))
        let third = try registry.importStacks(notExecutable, source: .directory("/team"))
        #expect(third.changes.first { $0.stackID == "swift" }?.kind == .changed)
    }

    @Test func searchFindsSkillsAndServers() throws {
        let folder = try TemporaryFolder()
        let registry = try TemplateRegistry.open(path: folder.file("registry.sqlite"))
        try registry.importStacks(try Self.set(), source: .directory("/team"))
        #expect(try registry.search("release notes").contains { $0.ruleID == "skill:release-notes" })
        #expect(try registry.search("swift-docs").contains { $0.ruleID == "mcp:swift-docs" })
    }

    @Test func aSkillWithoutSkillMDOrABadServerNameIsRefused() throws {
        var files = Self.files
        files.removeValue(forKey: "Templates/swift/skills/release-notes/SKILL.md")
        #expect(throws: TemplateError.self) {
            try TemplateLayout.read(TemplateTree(rootName: "team", files: files.mapValues { Array($0.utf8) }))
        }
        var badServer = Self.files
        badServer["Templates/swift/mcp.json"] = "{\"mcpServers\": {\"a b\": {\"command\": \"x\"}}}\n"
        #expect(throws: TemplateError.self) {
            try TemplateLayout.read(TemplateTree(rootName: "team", files: badServer.mapValues { Array($0.utf8) }))
        }
    }
}
