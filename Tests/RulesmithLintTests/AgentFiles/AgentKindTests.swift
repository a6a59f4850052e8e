import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// The agent-file kinds: classification by path, skill layout, and the JSON scanner under the
/// rules (positions, JSONC, hostile nesting).
struct AgentKindTests {
    @Test(arguments: [
        (".claude/skills/review/SKILL.md", FileKind.agentSkill), (".agents/skills/review/skill.md", .agentSkill),
        (".github/skills/a/SKILL.md", .agentSkill), (".cursor/skills/a/SKILL.md", .agentSkill), (".kiro/skills/a/SKILL.md", .agentSkill),
        (".claude/skills/review/scripts/run.sh", .agentSkill), (".claude/skills/review/references/deep/api.md", .agentSkill),
        (".Claude/Skills/Review/SKILL.MD", .agentSkill), ("template/SKILL.md", .agentSkill), (".claude/rules/a/b.md", .claudeRule), (".claude/agents/reviewer.md", .claudeAgent),
        (".claude/commands/ci/build.md", .claudeCommand), ("pkg/CLAUDE.local.md", .claudeLocal), (".github/prompts/x/a.prompt.md", .copilotPrompt),
        (".github/agents/plan.agent.md", .copilotAgent), (".github/chatmodes/plan.chatmode.md", .copilotAgent),
        ("AGENTS.override.md", .agentsOverride), (".mcp.json", .mcpConfig), (".vscode/mcp.json", .mcpConfig),
        (".gemini/settings.json", .mcpConfig), (".kiro/settings/mcp.json", .mcpConfig), (".codex/config.toml", .mcpConfig),
        (".cursor/mcp.json", .mcpConfig), (".claude/settings.json", .agentHooks), (".claude/settings.local.json", .agentHooks),
        (".cursor/hooks.json", .agentHooks), (".github/hooks/guard.json", .agentHooks),
    ])
    func classifies(_ path: String, _ kind: FileKind) {
        #expect(FileKind.classify(path) == kind)
    }

    @Test(arguments: [".claude/skills/review/notes.md", ".claude/skills/review/assets/logo.png", "SKILL.md", ".vscode/settings.json",
                      ".github/prompts/readme.md", ".github/hooks/sub/a.json", "config.toml"])
    func ignores(_ path: String) {
        #expect(FileKind.classify(path) == nil)
    }

    @Test func skillLayoutNamesTheFileInsideTheSkill() throws {
        let script = try #require(SkillLayout(path: ".claude/skills/review/scripts/run.sh"))
        #expect(script.root == ".claude/skills/review" && script.folderName == "review" && script.inner == "scripts/run.sh")
        #expect(script.isScript && !script.isManifest)
        let manifest = try #require(SkillLayout(path: "skills/pdf/SKILL.md"))
        #expect(manifest.root == "skills/pdf" && manifest.isManifest)
    }

    @Test func jsonScanKeepsKeyPositionsAndAcceptsJSONC() throws {
        let text = "{\n  // servers\n  \"servers\": {\"a\": {\"command\": \"x\",},},\n}\n"
        let scan = JSONScan(Array(text.utf8))
        #expect(scan.error == nil)
        #expect(scan.firstJSONCOffset == 4)
        let servers = try #require(scan.member(0, "servers"))
        #expect(scan.nodes[servers].keyRange == 17..<26)
        let server = try #require(scan.member(servers, "a"))
        #expect(scan.string(try #require(scan.member(server, "command"))) == "x")
    }

    @Test func jsonScanRefusesHostileNestingWithoutRecursion() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let scan = JSONScan(Array(deep.utf8))
        #expect(scan.error?.reason.contains("nested deeper") == true)
        #expect(JSONScan(Array("{\"a\": tru}".utf8)).error != nil)
        #expect(JSONScan(Array("{\"a\": \"x\\u00e9\\ud83d\\ude00\"}".utf8)).nodes.last?.text == "xé😀")
        #expect(JSONScan(Array("".utf8)).error != nil)
    }

    /// A file linted on its own outside a repository has a workspace path relative to its own
    /// folder (`config.toml`); the client and the skill folder come from the path as given.
    @Test func aLoneFileIsJudgedByThePathItWasGiven() {
        let toml = "[mcp_servers.devtools]\ncommand = \"npx\"\nargs = [\"-y\", \"chrome-devtools-mcp\"]\n"
        let codex = Linter().lint(LintDocument(path: "config.toml", kind: .mcpConfig, source: SourceText(toml), displayPath: ".codex/config.toml"))
        #expect(codex.map(\.ruleID) == ["MCP004"])
        let skill = "---\nname: other\ndescription: Checks. Use when asked.\n---\nSee [x](../../../x.md).\n"
        let rules = Linter().lint(LintDocument(path: "SKILL.md", kind: .agentSkill, source: SourceText(skill), displayPath: ".claude/skills/review/SKILL.md"))
        #expect(rules.map(\.ruleID) == ["SK003"])
    }
}
