/// Every kind of file rulesmith lints; the raw values are the JSON `kind` contract.
public enum FileKind: String, Sendable, CaseIterable, Codable, Comparable {
    case llmsTxt = "llms-txt"
    case cursorrules
    case cursorMdc = "cursor-mdc"
    case agentsMd = "agents-md"
    case claudeMd = "claude-md"
    case copilot
    case copilotInstructions = "copilot-instructions"
    case windsurf
    case windsurfRule = "windsurf-rule"
    case cline
    case kiroSteering = "kiro-steering"
    case geminiMd = "gemini-md"
    /// A skill's `SKILL.md` and the files it bundles (`scripts/`, `references/`, `assets/`).
    case agentSkill = "agent-skill"
    case claudeRule = "claude-rule"
    case claudeAgent = "claude-agent"
    case claudeCommand = "claude-command"
    case claudeLocal = "claude-local"
    case copilotPrompt = "copilot-prompt"
    case copilotAgent = "copilot-agent"
    case agentsOverride = "agents-override"
    /// An MCP server configuration (JSON, or Codex's TOML).
    case mcpConfig = "mcp-config"
    /// A JSON file whose `hooks` run shell commands for an agent.
    case agentHooks = "agent-hooks"

    public static func < (lhs: FileKind, rhs: FileKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The Markdown files an AI editor reads as instructions (not llms.txt, not skills, which have
    /// their own rules for links and length, and not the JSON/TOML configurations).
    public static let rulesFiles: Set<FileKind> = Set(allCases).subtracting([.llmsTxt, .agentSkill, .mcpConfig, .agentHooks])

    /// Kinds written as JSON or TOML, not Markdown: Markdown rules never read them.
    public static let configurations: Set<FileKind> = [.mcpConfig, .agentHooks]

    /// Markdown kinds with a YAML frontmatter that names an agent, a command or a prompt.
    public static let agentDefinitions: Set<FileKind> = [.claudeAgent, .claudeCommand, .copilotPrompt, .copilotAgent, .claudeRule]

    /// A path that stands for this kind in examples and for stdin.
    public var examplePath: String {
        switch self {
        case .llmsTxt: "llms.txt"
        case .cursorrules: ".cursorrules"
        case .cursorMdc: ".cursor/rules/example.mdc"
        case .agentsMd: "AGENTS.md"
        case .claudeMd: "CLAUDE.md"
        case .copilot: ".github/copilot-instructions.md"
        case .copilotInstructions: ".github/instructions/example.instructions.md"
        case .windsurf: ".windsurfrules"
        case .windsurfRule: ".windsurf/rules/example.md"
        case .cline: ".clinerules/example.md"
        case .kiroSteering: ".kiro/steering/example.md"
        case .geminiMd: "GEMINI.md"
        case .agentSkill: ".claude/skills/example/SKILL.md"
        case .claudeRule: ".claude/rules/example.md"
        case .claudeAgent: ".claude/agents/example.md"
        case .claudeCommand: ".claude/commands/example.md"
        case .claudeLocal: "CLAUDE.local.md"
        case .copilotPrompt: ".github/prompts/example.prompt.md"
        case .copilotAgent: ".github/agents/example.agent.md"
        case .agentsOverride: "AGENTS.override.md"
        case .mcpConfig: ".mcp.json"
        case .agentHooks: ".claude/settings.json"
        }
    }

    /// The kind of a repository-relative path ('/'-separated), or nil when no editor reads it.
    ///
    /// Names match in any case: on macOS and Windows the file systems fold case, so `Agents.md`
    /// or `.Cursor/Rules/x.MDC` is the very file the editor loads, and a check that looked only
    /// for the canonical spelling could be walked around.
    public static func classify(_ path: String) -> FileKind? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map { $0.lowercased() }
        guard let name = components.last else { return nil }
        let parents = components.dropLast()
        switch name {
        case "llms.txt", "llms-full.txt": return .llmsTxt
        case ".cursorrules": return .cursorrules
        case "agents.md": return .agentsMd
        case "agents.override.md": return .agentsOverride
        case "claude.md": return .claudeMd
        case "claude.local.md": return .claudeLocal
        case ".mcp.json": return .mcpConfig
        case "gemini.md": return .geminiMd
        case ".windsurfrules": return .windsurf
        case ".clinerules": return .cline
        default: break
        }
        if parents.last == ".github", name == "copilot-instructions.md" { return .copilot }
        if let kind = AgentSurfacePaths.classify(name: name, parents: parents) { return kind }
        if name.hasSuffix(".instructions.md"), let githubIndex = parents.lastIndex(of: ".github"),
           githubIndex + 1 < parents.endIndex, parents[githubIndex + 1] == "instructions" {
            return .copilotInstructions
        }
        if name.hasSuffix(".mdc"), let cursorIndex = parents.lastIndex(of: ".cursor"),
           cursorIndex + 1 < parents.endIndex, parents[cursorIndex + 1] == "rules" {
            return .cursorMdc
        }
        if name.hasSuffix(".md") {
            if parents.suffix(2) == [".windsurf", "rules"] || parents.suffix(2) == [".devin", "rules"] {
                return .windsurfRule
            }
            if parents.suffix(2) == [".kiro", "steering"] { return .kiroSteering }
            if parents.contains(".clinerules") { return .cline }
        }
        return nil
    }
}
