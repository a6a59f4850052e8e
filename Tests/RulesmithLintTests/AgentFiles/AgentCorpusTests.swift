import Foundation
import RulesmithEditors
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLint

/// The real skills, agents, prompt files, MCP and hook configurations of `shared/corpus/agents`:
/// each is classified as the kind its path names, the clean ones draw no error, and the defects
/// the corpus notes (SOURCES.tsv) are found by the rule meant for them.
@Suite(.enabled(if: SharedCorpus.folder("agents") != nil, "the shared corpus is absent"))
struct AgentCorpusTests {
    /// One stored file of the corpus.
    struct Entry {
        var directory: String
        var path: String
        var corpusKind: String
        var bytes: [UInt8]
        var file: String { directory + "/" + path }
    }

    /// The corpus kind → the FileKind rulesmith must give the path (nil: not a kind we lint).
    static let expectedKinds: [String: FileKind?] = [
        "skill": .agentSkill, "claude-agent": .claudeAgent, "claude-command": .claudeCommand, "claude-rule": .claudeRule,
        "claude-local": .claudeLocal, "codex-agent": nil, "copilot-prompt": .copilotPrompt, "copilot-agent": .copilotAgent,
        "copilot-chatmode": .copilotAgent, "agents-override": .agentsOverride, "mcp-vscode": .mcpConfig, "mcp-cursor": .mcpConfig,
        "mcp-codex": .mcpConfig, "mcp-gemini": .mcpConfig, "mcp-claude": .mcpConfig, "mcp-kiro": .mcpConfig,
        "hooks-claude": .agentHooks, "hooks-copilot": .agentHooks, "hooks-cursor": .agentHooks,
    ]

    /// The defects the corpus notes, by file, and the rule that must report each.
    static let planted: [String: Set<String>] = [
        "220631948__cape-connect/.claude/skills/4dgs_event_replay/SKILL.md": ["SK003", "SK006"],
        "220631948__cape-connect/.claude/skills/a11y_check/SKILL.md": ["SK002", "SK006"],
        "220631948__cape-connect/.claude/skills/assumption_verification/SKILL.md": ["SK003"],
        "220631948__cape-connect/.gemini/extensions/capegis-ai/skills/check-popia-compliance/SKILL.md": ["SK006"],
        "220631948__cape-connect/.kiro/skills/api-route-scaffold/SKILL.md": ["SK001"],
        "GitTools__GitVersion/.agents/skills/release/SKILL.md": ["SK007"],
        "anthropics__skills/skills/claude-api/SKILL.md": ["SK004", "SK007"],
        "anthropics__skills/template/SKILL.md": ["SK003"],
        "danielsogl__copilot-workflow-demo/.claude/agents/playwright-test-planner.md": ["AG003"],
        "danielsogl__copilot-workflow-demo/.claude/agents/playwright-test-generator.md": ["AG003"],
        "23prime__web-app-template/.claude/rules/ci.md": ["AG003", "AG008"],
        "23prime__web-app-template/.claude/rules/testing.md": ["AG003"],
        "0xBigBoss__claude-code/CLAUDE.local.md": ["AG007"],
        "Daviswhistle__davis-agent-kit/AGENTS.override.md": ["AG007"],
        "CellixJs__cellixjs/.github/agents/README.md": ["AG001"],
        "GitTools__GitVersion/.github/chatmodes/plan.chatmode.md": ["AG005"],
        "GitTools__GitVersion/.github/chatmodes/planner.chatmode.md": ["AG005"],
        "kennedym-ds__copilot_orchestrator/.github/chatmodes/conductor.chatmode.md": ["AG005"],
        "0GiS0__nerdearla-mcp/.github/prompts/recuperar_agenda.prompt.md": ["AG004"],
        "0xGosu__test-agentic-coding-demo-v0/.claude/settings.json": ["HK006"],
        "220631948__cape-connect/.claude/settings.json": ["HK006"],
        "7nohe__confluence-md/.claude/settings.json": ["HK005"],
        "danielsogl__copilot-workflow-demo/.github/hooks/copilot-workflow-demo-hooks.json": ["HK003"],
        "220631948__cape-connect/.mcp.json": ["MCP004", "MCP006", "MCP008", "MCP009"],
        "0xGosu__test-agentic-coding-demo-v0/.cursor/mcp.json": ["MCP004"],
        "0xc1x__fudi/.cursor/mcp.json": ["MCP004"],
        "0xGosu__test-agentic-coding-demo-v0/.gemini/settings.json": ["MCP004"],
        "0xc1x__fudi/.gemini/settings.json": ["MCP004", "MCP007"],
        "0xGosu__test-agentic-coding-demo-v0/.kiro/settings/mcp.json": ["MCP004", "MCP007"],
        "0xc1x__fudi/.vscode/mcp.json": ["MCP004"],
        "0xc1x__fudi/.codex/config.toml": ["MCP004"],
        "CellixJs__cellixjs/.vscode/mcp.json": ["MCP004"],
        "danielsogl__copilot-workflow-demo/.vscode/mcp.json": ["MCP004"],
    ]

    /// Errors the scan rightly raises in files the corpus calls clean: a skill that documents
    /// attacks quotes them (getsentry's skill-scanner, the known false-positive class of skill
    /// scanners: such a path is switched off in `.rulesmith.yml` `lint.per-path`, never by the
    /// file itself), and a release skill that puts `$(gh auth token)` on a command line.
    static let acceptedErrors: [String: Set<String>] = [
        "getsentry__skills/skills/skill-scanner/references/prompt-injection-patterns.md": ["SEC101", "SEC103", "SEC004"],
        "getsentry__skills/skills/skill-scanner/references/dangerous-code-patterns.md": ["SEC105", "SEC106", "SEC107"],
        "GitTools__GitVersion/.agents/skills/release/SKILL.md": ["SEC107"],
    ]

    static func load() throws -> [Entry] {
        let root = try #require(SharedCorpus.folder("agents"))
        let table = try String(contentsOf: root.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)
        var entries: [Entry] = []
        for line in table.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 6, columns[4] != "omitted", columns[4] != "skill-dir-symlink" else { continue }
            let data = try Data(contentsOf: root.appendingPathComponent(columns[0]).appendingPathComponent(columns[2]))
            entries.append(Entry(directory: columns[0], path: columns[2], corpusKind: columns[4], bytes: Array(data)))
        }
        return entries
    }

    /// Lints each repository's files together, with the repository's stored files as its
    /// workspace; keyed by `<dir>/<path>`.
    static func lintAll(_ entries: [Entry]) -> [String: [Diagnostic]] {
        var output: [String: [Diagnostic]] = [:]
        for (_, files) in Dictionary(grouping: entries, by: \.directory) {
            let workspace = InMemoryWorkspace(files: Dictionary(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) },
                                                                uniquingKeysWith: { first, _ in first }))
            let linted = files.compactMap { entry in FileKind.classify(entry.path).map { (entry, $0) } }
            let documents = linted.map { entry, kind in
                LintDocument(path: entry.path, kind: kind, source: SourceText(bytes: entry.bytes), workspace: workspace)
            }
            for ((entry, _), diagnostics) in zip(linted, Linter().lint(documents)) { output[entry.file] = diagnostics }
        }
        return output
    }

    @Test func everyFileIsClassifiedAsItsKind() throws {
        for entry in try Self.load() {
            guard let expected = Self.expectedKinds[entry.corpusKind] else {
                #expect(entry.corpusKind == "skill-file", "\(entry.file): unexpected corpus kind \(entry.corpusKind)")
                continue
            }
            #expect(FileKind.classify(entry.path) == expected, "\(entry.file): \(entry.corpusKind) is \(String(describing: FileKind.classify(entry.path)))")
        }
    }

    @Test func cleanFilesDrawNoErrorAndPlantedDefectsAreFound() throws {
        let results = Self.lintAll(try Self.load())
        #expect(results.count > 150)
        for (file, diagnostics) in results.sorted(by: { $0.key < $1.key }) {
            let expected = (Self.planted[file] ?? []).union(Self.acceptedErrors[file] ?? [])
            let errors = diagnostics.filter { $0.severity == .error && !expected.contains($0.ruleID) }
            #expect(errors.isEmpty, "\(file): \(errors.map { "\($0.ruleID) \($0.start.line):\($0.start.column) \($0.message)" })")
        }
        for (file, rules) in Self.planted {
            let found = Set(try #require(results[file], "\(file) was not linted").map(\.ruleID))
            #expect(rules.isSubset(of: found), "\(file): expected \(rules.sorted()), found \(found.sorted())")
        }
    }

    /// The karva command's `!`git status`` is the ordinary use of the syntax: no SEC113.
    @Test func ordinaryShellInjectionIsNotReported() throws {
        let results = Self.lintAll(try Self.load().filter { $0.directory == "MatthewMckee4__karva" })
        let diagnostics = try #require(results["MatthewMckee4__karva/.claude/commands/commit-push-pr.md"])
        #expect(!diagnostics.contains { $0.ruleID == "SEC113" })
    }
}
