import Foundation
import RulesmithEditors
import Testing
import Yams
@testable import RulesmithKit

/// `.pre-commit-hooks.yaml` stays in step with the file kinds rulesmith knows.
struct PreCommitManifestTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let samplePaths = [
        "llms.txt", "docs/llms.txt", "llms-full.txt", ".cursorrules", "AGENTS.md", "pkg/AGENTS.md", "CLAUDE.md",
        "CLAUDE.local.md", "GEMINI.md", ".windsurfrules", ".clinerules", ".clinerules/a.md", ".cursor/rules/a.mdc",
        ".cursor/rules/sub/b.mdc", "app/.cursor/rules/c.mdc", ".github/copilot-instructions.md",
        ".github/instructions/ts.instructions.md", ".windsurf/rules/a.md", ".devin/rules/a.md",
        ".kiro/steering/product.md", "README.md", "docs/guide.md", "llms.txt.bak", "src/main.swift",
        ".cursor/rules/readme.md", ".github/instructions/x.md", "AGENTS.md.orig", ".claude/rules/a.md", ".claude/rules/x/b.md",
        // Case-folding file systems load these as the canonical files.
        "Agents.md", "agents.md", "AGENTS.MD", "Claude.md", "claude.LOCAL.md", ".Cursor/rules/x.mdc", ".cursor/Rules/x.MDC",
        ".github/Copilot-Instructions.md", ".GitHub/instructions/a.Instructions.md", ".kiro/Steering/x.md", "LLMS.TXT",
        ".CursorRules", ".WindsurfRules", ".Windsurf/Rules/a.md", ".ClineRules/a.md", "Gemini.md", ".Claude/Rules/a.md",
        // Agent configuration beyond rules files (`agent-surface.md`).
        ".claude/skills/review/SKILL.md", ".agents/skills/review/skill.md", "skills/pdf/SKILL.md", ".claude/skills/review/scripts/run.sh",
        ".claude/skills/review/references/a/b.md", ".claude/skills/review/assets/logo.png", ".claude/skills/review/notes.md",
        "SKILL.md", "template/SKILL.md", ".claude/agents/reviewer.md", ".claude/agents/sub/x.md", ".claude/commands/build.md",
        ".github/prompts/a.prompt.md", ".github/prompts/sub/b.prompt.md", ".github/prompts/readme.md", ".github/agents/plan.agent.md",
        ".github/agents/README.md", ".github/agents/sub/x.md", ".github/chatmodes/plan.chatmode.md", ".github/chatmodes/x.md",
        ".mcp.json", "src/.mcp.json", ".cursor/mcp.json", ".vscode/mcp.json", ".vscode/settings.json", ".gemini/settings.json",
        ".kiro/settings/mcp.json", ".codex/config.toml", "config.toml", "mcp.json", ".claude/settings.json",
        ".claude/settings.local.json", ".cursor/hooks.json", ".github/hooks/a.json", ".github/hooks/sub/a.json",
        ".github/workflows/ci.json", "AGENTS.override.md", ".Claude/Skills/X/SKILL.MD", ".VSCode/MCP.json",
    ]

    @Test func filesPatternMatchesExactlyTheKnownKinds() throws {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
        #expect(hooks.map { $0["id"] as? String } == ["rulesmith-lint", "rulesmith-lint-system"])
        for hook in hooks {
            #expect(hook["minimum_pre_commit_version"] as? String == "3.2.0")
            let pattern = try #require(hook["files"] as? String)
            let regex = try NSRegularExpression(pattern: pattern)
            for path in Self.samplePaths {
                let matches = regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
                #expect(matches == (FileKind.classify(path) != nil), "\(path): pattern \(matches), classify \(String(describing: FileKind.classify(path)))")
            }
        }
    }
}
