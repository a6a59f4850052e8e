import RulesmithEditors

/// The frontmatter keys each agent-definition kind's readers define (`agent-surface.md` §3–4).
enum AgentKeys {
    static let claudeAgent: Set<String> = [
        "name", "description", "tools", "disallowedTools", "model", "permissionMode", "maxTurns", "skills", "mcpServers",
        "hooks", "memory", "background", "effort", "isolation", "color", "initialPrompt",
    ]
    static let claudeCommand: Set<String> = AgentFileSupport.specSkillKeys.union(AgentFileSupport.claudeSkillKeys)
    static let copilotPrompt: Set<String> = ["description", "name", "argument-hint", "agent", "model", "tools"]
    static let copilotAgent: Set<String> = [
        "description", "name", "argument-hint", "tools", "agents", "model", "user-invocable", "disable-model-invocation", "infer",
        "target", "mcp-servers", "handoffs", "hooks", "metadata",
    ]
    static let claudeRule: Set<String> = ["paths"]

    /// The keys read for `kind`, and the keys its reader ignores without a word (nil: not an agent kind).
    static func known(for kind: FileKind) -> (keys: Set<String>, ignored: Set<String>)? {
        switch kind {
        case .claudeAgent: (claudeAgent, [])
        case .claudeCommand: (claudeCommand.subtracting(["name", "paths"]), ["name", "paths"])
        case .copilotPrompt: (copilotPrompt, [])
        case .copilotAgent: (copilotAgent, [])
        case .claudeRule: (claudeRule, ["name", "description"])
        default: nil
        }
    }

    /// The product that reads `kind`, for messages.
    static func reader(of kind: FileKind) -> String {
        switch kind {
        case .claudeAgent: "Claude Code subagents"
        case .claudeCommand: "Claude Code commands"
        case .claudeRule: "Claude Code rules"
        case .copilotPrompt: "Copilot prompt files"
        default: "Copilot custom agents"
        }
    }
}
