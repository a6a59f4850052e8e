import Foundation
import RulesmithKit
import RulesmithRegistry
import Testing

/// `check` and `diff` on the `skills` and `mcp` targets (issue 17, item 5), in a real git
/// repository: a hand edit of a copied skill file or of rulesmith's own MCP server fails the check
/// (`needsAttention`, which the CLI turns into exit 1) and names the file; a server the user adds
/// to the same MCP file is theirs and passes.
struct SkillAndMCPCheckTests {
    static let skillFile = ".claude/skills/release-notes/SKILL.md"
    static let agentsScript = ".agents/skills/release-notes/scripts/collect.sh"

    /// A repository initialised (and committed) with a stack carrying a skill and an MCP server,
    /// merged into the user's own `.mcp.json`.
    static func initialised() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates(mcp: MCPWorkflowTests.servers)
        try fixture.write(fixture.templates + "/demo/stack.yml", MCPWorkflowTests.stackWithVersion)
        try fixture.write(fixture.templates + "/demo/skills/release-notes/SKILL.md", SkillWorkflowTests.skill)
        let script = fixture.templates + "/demo/skills/release-notes/scripts/collect.sh"
        try fixture.write(script, SkillWorkflowTests.script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        try MCPWorkflowTests.importAgain(fixture)
        try fixture.writeFile(".mcp.json", MCPWorkflowTests.userFile)
        try fixture.bootstrap(targets: ["agents", "claude", "skills", "mcp"])
        try fixture.commitAll("init")
        return fixture
    }

    static func check(_ fixture: WorkflowFixture) throws -> CheckOutcome {
        try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry)
    }

    static func diff(_ fixture: WorkflowFixture) throws -> DiffOutcome {
        try WorkflowCommands.diff(directory: fixture.repository, registry: fixture.registry)
    }

    @Test func checkPassesAfterInitAndApply() throws {
        let fixture = try Self.initialised()
        #expect(FileManager.default.fileExists(atPath: fixture.path(Self.skillFile)))
        #expect(try fixture.read(".mcp.json").contains("\"docs\""))
        let afterInit = try Self.check(fixture)
        #expect(!afterInit.needsAttention, "\(afterInit.text())")
        #expect(afterInit.text().contains("check passed"), "\(afterInit.text())")
        #expect(try Self.diff(fixture).files.isEmpty)
        #expect(try fixture.apply().exitCode == 0)
        let afterApply = try Self.check(fixture)
        #expect(!afterApply.needsAttention, "\(afterApply.text())")
    }

    @Test func aHandEditOfASkillFileFailsCheckAndDiffShowsIt() throws {
        let fixture = try Self.initialised()
        try fixture.writeFile(Self.skillFile, SkillWorkflowTests.skill + "\nAlso list contributors.\n")
        try fixture.writeFile(Self.agentsScript, SkillWorkflowTests.script + "echo done\n")
        let check = try Self.check(fixture)
        #expect(check.needsAttention)
        #expect(check.text().contains(Self.skillFile), "\(check.text())")
        #expect(check.text().contains(Self.agentsScript), "\(check.text())")
        #expect(check.text().contains("check failed: 2 files differ"), "\(check.text())")
        let diff = try Self.diff(fixture)
        #expect(Set(diff.files.map(\.path)) == [Self.skillFile, Self.agentsScript])
        let skill = try #require(diff.files.first { $0.path == Self.skillFile })
        #expect(skill.state == "edited")
        #expect(skill.diff?.contains("-Also list contributors.") == true, "\(skill.diff ?? "")")
        let script = try #require(diff.files.first { $0.path == Self.agentsScript })
        #expect(script.diff?.contains("-echo done") == true, "\(script.diff ?? "")")
        #expect(diff.text().contains("a/\(Self.skillFile)"), "\(diff.text())")
    }

    @Test func anEditOfRulesmithsOwnServerFailsCheckAndDiffShowsIt() throws {
        let fixture = try Self.initialised()
        let edited = try fixture.read(".mcp.json").replacingOccurrences(of: "\"command\": \"npx\"", with: "\"command\": \"bunx\"")
        try fixture.writeFile(".mcp.json", edited)
        let check = try Self.check(fixture)
        #expect(check.needsAttention)
        #expect(check.text().contains(".mcp.json"), "\(check.text())")
        let diff = try Self.diff(fixture)
        let file = try #require(diff.files.first { $0.path == ".mcp.json" })
        #expect(file.state == "edited")
        let lines = (file.diff ?? "").split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("-") && $0.contains("\"bunx\"") }, "\(file.diff ?? "")")
        #expect(lines.contains { $0.hasPrefix("+") && $0.contains("\"npx\"") }, "\(file.diff ?? "")")
        // The user's server is not ours to show as a change.
        #expect(!lines.contains { ($0.hasPrefix("-") || $0.hasPrefix("+")) && $0.contains("local-db") }, "\(file.diff ?? "")")
    }

    @Test func aServerTheUserAddsPassesCheck() throws {
        let fixture = try Self.initialised()
        let theirs = "\"local-db\": {\"command\": \"pg-mcp\", \"args\": [\"--port\", \"5432\"]},"
        let before = try fixture.read(".mcp.json")
        #expect(before.contains(theirs))
        try fixture.writeFile(".mcp.json", before.replacingOccurrences(
            of: theirs, with: theirs + "\n        \"search\": {\"url\": \"https://search.example/mcp\"},"))
        let check = try Self.check(fixture)
        #expect(!check.needsAttention, "\(check.text())")
        #expect(try Self.diff(fixture).files.isEmpty)
        // And apply keeps it.
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.read(".mcp.json").contains("\"search\": {\"url\": \"https://search.example/mcp\"}"))
    }
}
