/// AG003: a frontmatter key the reader of a subagent, command, prompt file, agent or Claude rule
/// does not define (or silently ignores).
struct AgentUnknownKeyRule: Rule {
    let description = RuleDescription(
        id: "AG003", name: "unknown-agent-key",
        summary: "A subagent, command, prompt file, custom agent or Claude rule has a key its reader ignores",
        rationale: """
            Each reader defines its own keys: a Claude rule reads only `paths`, a command ignores \
            `name` and `paths`, a subagent writes `mcpServers` where a Copilot agent writes \
            `mcp-servers`. An unknown or misspelt key is ignored without a word, so the setting \
            the author meant never applies.
            """,
        kinds: [.claudeAgent, .claudeCommand, .copilotPrompt, .copilotAgent, .claudeRule], tags: [.agents, .frontmatter],
        defaultSeverity: .warning,
        triggering: [
            Example("---\nname: tester\ndescription: Runs tests.\n↓mcp-servers: [playwright]\n---\nBody\n", kind: .claudeAgent),
            Example("---\n↓name: ci\npaths: [\".github/**\"]\n---\nBody\n", kind: .claudeRule),
            Example("---\ndescription: Review\n↓tool: [search]\n---\nBody\n", kind: .copilotPrompt),
        ],
        nonTriggering: [
            Example("---\nname: tester\ndescription: Runs tests.\ntools: Read, Bash\nmodel: sonnet\n---\nBody\n", kind: .claudeAgent),
            Example("---\npaths:\n  - \"src/**/*.ts\"\n---\nBody\n", kind: .claudeRule),
            Example("---\ndescription: Review\nagent: agent\ntools: [search]\n---\nBody\n", kind: .copilotPrompt),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let (known, ignored) = AgentKeys.known(for: document.kind) else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable else { return [] }
        let reader = AgentKeys.reader(of: document.kind)
        return frontmatter.entries.compactMap { entry in
            if known.contains(entry.key) || entry.key == "mode" { return nil }
            if ignored.contains(entry.key) {
                return Finding(range: entry.keyRange, message: "\(reader) ignore '\(entry.key)'; remove it")
            }
            return Finding(range: entry.keyRange, message: "unknown key '\(entry.key)'\(AgentFileSupport.hint(for: entry.key, in: known.sorted())); "
                           + "\(reader) ignore it")
        }
    }
}
