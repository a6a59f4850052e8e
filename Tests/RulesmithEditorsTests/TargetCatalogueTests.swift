import Foundation
import Testing
@testable import RulesmithEditors

/// The one table of targets and budgets.
struct TargetCatalogueTests {
    @Test func holdsEveryDesignTarget() {
        #expect(TargetCatalogue.targets.map(\.name) == [
            "cursor", "cursorrules", "agents", "claude", "copilot", "windsurf", "cline", "kiro", "claude-rules", "gemini", "skills",
            "mcp", "llms-txt",
        ])
        let kinds = Set(TargetCatalogue.targets.flatMap(\.kinds))
        // The agent files are linted; the claude-rules, skills and mcp targets write Claude rules,
        // skills and MCP configurations; no target writes the others.
        let lintedOnly: Set<FileKind> = [
            .claudeAgent, .claudeCommand, .claudeLocal, .copilotPrompt, .copilotAgent, .agentsOverride, .agentHooks,
        ]
        #expect(kinds == Set(FileKind.allCases).subtracting(lintedOnly))
        for target in TargetCatalogue.targets {
            for path in target.outputPaths {
                let concrete = path.replacingOccurrences(of: "<name>", with: "example").replacingOccurrences(of: "/**", with: "/SKILL.md")
                #expect(FileKind.classify(concrete).map(target.kinds.contains) == true, "\(path)")
            }
        }
        #expect(TargetCatalogue.target(named: "cursorrules")?.replacement == "cursor")
    }

    @Test func budgetsSayWhatTheyCountAndHowSureTheyAre() throws {
        let windsurf = try #require(TargetCatalogue.budgets(for: .windsurf).first)
        #expect((windsurf.limit, windsurf.unit, windsurf.truncates, windsurf.source) == (6_000, .characters, true, .secondHand))
        let rule = try #require(TargetCatalogue.budgets(for: .windsurfRule).first)
        #expect((rule.limit, rule.unit, rule.truncates, rule.source) == (12_000, .characters, true, .secondHand))
        let codex = try #require(TargetCatalogue.budgets(for: .agentsMd).first)
        #expect((codex.limit, codex.unit, codex.truncates, codex.source) == (32_768, .bytes, true, .unconfirmed))
        let cursor = try #require(TargetCatalogue.budgets(for: .cursorMdc).first)
        #expect((cursor.limit, cursor.unit, cursor.truncates) == (500, .lines, false))
        #expect(TargetCatalogue.budgets(for: .copilot).isEmpty)
    }

    @Test func classifiesClaudeRulesAndKeepsEveryKind() {
        #expect(FileKind.classify(".claude/rules/testing.md") == .claudeRule)
        #expect(FileKind.classify(".claude/rules/web/react.md") == .claudeRule)
        #expect(FileKind.classify(".claude/commands/x.md") == .claudeCommand)
        #expect(FileKind.allCases.map(\.rawValue) == [
            "llms-txt", "cursorrules", "cursor-mdc", "agents-md", "claude-md", "copilot", "copilot-instructions",
            "windsurf", "windsurf-rule", "cline", "kiro-steering", "gemini-md", "agent-skill", "claude-rule", "claude-agent",
            "claude-command", "claude-local", "copilot-prompt", "copilot-agent", "agents-override", "mcp-config", "agent-hooks",
        ])
        for kind in FileKind.allCases { #expect(FileKind.classify(kind.examplePath) == kind) }
    }
}
