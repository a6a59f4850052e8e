/// Where the agent-configuration files beyond rules files live (`agent-surface.md` §1): skills and
/// their bundled files, Claude rules, subagents and commands, Copilot prompt files and agents, MCP
/// configurations and hook files. Components arrive lowercased, so names match in any case.
enum AgentSurfacePaths {
    /// Extensions of the files a skill bundles that rulesmith reads (text and scripts, not images).
    static let bundledExtensions: Set<String> = ["md", "txt", "sh", "bash", "zsh", "py", "js", "mjs", "cjs", "ts", "ps1", "json", "yaml", "yml"]
    /// The folders of a skill whose files belong to it (agentskills.io specification).
    static let bundleFolders: Set<String> = ["scripts", "references", "assets"]

    static func classify(name: String, parents: ArraySlice<String>) -> FileKind? {
        let parents = Array(parents)
        if isSkillFile(name: name, parents: parents) { return .agentSkill }
        if let parent = parents.last {
            switch (parent, name) {
            case (".cursor", "mcp.json"), (".vscode", "mcp.json"), (".gemini", "settings.json"), (".codex", "config.toml"):
                return .mcpConfig
            case ("settings", "mcp.json") where parents.dropLast().last == ".kiro":
                return .mcpConfig
            case (".claude", "settings.json"), (".claude", "settings.local.json"), (".cursor", "hooks.json"):
                return .agentHooks
            case ("hooks", _) where name.hasSuffix(".json") && parents.dropLast().last == ".github":
                return .agentHooks
            case ("agents", _) where name.hasSuffix(".md") && parents.dropLast().last == ".github":
                // VS Code treats every Markdown file in `.github/agents` as a custom agent.
                return .copilotAgent
            case ("chatmodes", _) where name.hasSuffix(".chatmode.md") && parents.dropLast().last == ".github":
                return .copilotAgent
            default: break
            }
        }
        guard name.hasSuffix(".md") else { return nil }
        if name.hasSuffix(".prompt.md"), follows(".github", "prompts", in: parents) { return .copilotPrompt }
        if follows(".claude", "rules", in: parents) { return .claudeRule }
        if follows(".claude", "agents", in: parents) { return .claudeAgent }
        if follows(".claude", "commands", in: parents) { return .claudeCommand }
        return nil
    }

    /// `<folder>/SKILL.md`, or `…/skills/<name>/{scripts,references,assets}/…/<file>` with
    /// a text or script extension. Any `skills` folder counts: plugins and skill repositories keep
    /// them at the root, editors under `.claude`, `.agents`, `.github`, `.cursor`, `.kiro`, `.gemini`.
    static func isSkillFile(name: String, parents: [String]) -> Bool {
        // A SKILL.md names its folder a skill wherever it is (a skills repository keeps
        // `template/SKILL.md` at the root); bundled files need the `skills/<name>/` layout.
        if name == "skill.md" { return !parents.isEmpty }
        guard let dot = name.lastIndex(of: "."), bundledExtensions.contains(String(name[name.index(after: dot)...])),
              parents.count >= 3 else { return false }
        for index in 0..<(parents.count - 2) where parents[index] == "skills" && bundleFolders.contains(parents[index + 2]) {
            return true
        }
        return false
    }

    /// Whether `first` is directly followed by `second` somewhere among the parent folders.
    private static func follows(_ first: String, _ second: String, in parents: [String]) -> Bool {
        guard let index = parents.lastIndex(of: first), index + 1 < parents.count else { return false }
        return parents[index + 1] == second
    }
}
