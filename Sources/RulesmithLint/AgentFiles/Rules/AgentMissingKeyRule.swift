/// AG001: a subagent or custom agent without the keys its reader requires.
struct AgentMissingKeyRule: Rule {
    let description = RuleDescription(
        id: "AG001", name: "agent-missing-required-key",
        summary: "A subagent lacks name or description, or a custom agent lacks description",
        rationale: """
            Claude Code silently skips a subagent without `name` or `description` (only the debug \
            log says so). GitHub's cloud agent requires `description` on a custom agent, and VS Code \
            loads every Markdown file in `.github/agents` as an agent, a README included.
            """,
        kinds: [.claudeAgent, .copilotAgent], tags: [.agents, .frontmatter], defaultSeverity: .error,
        triggering: [
            Example("↓---\nname: reviewer\n---\nYou review code.\n", kind: .claudeAgent),
            Example("↓# Agents\n\nThe agents of this repository.\n", kind: .copilotAgent, path: ".github/agents/README.md"),
        ],
        nonTriggering: [
            Example("---\nname: reviewer\ndescription: Reviews diffs when asked.\n---\nYou review code.\n", kind: .claudeAgent),
            Example("---\ndescription: Plans work.\ntools: ['search']\n---\nPlan.\n", kind: .copilotAgent),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.error == nil else { return [] }
        let required = document.kind == .claudeAgent ? ["name", "description"] : ["description"]
        let missing = required.filter { frontmatter.entry($0).map(\.value.isBlank) ?? true }
        guard !missing.isEmpty else { return [] }
        let range = frontmatter.isPresent ? frontmatter.openingRange : AgentFileSupport.firstLine(document)
        if document.kind == .claudeAgent {
            return [Finding(range: range, message: "the subagent has no \(missing.joined(separator: " or ")); Claude Code skips it without a word")]
        }
        let isAgentFile = document.path.lowercased().hasSuffix(".agent.md") || document.path.lowercased().hasSuffix(".chatmode.md")
        let message = isAgentFile
            ? "the custom agent has no description; GitHub requires one and pickers show it"
            : "VS Code loads every .md in .github/agents as a custom agent; move this file elsewhere or give it a description"
        return [Finding(range: range, message: message, severity: isAgentFile ? nil : .warning)]
    }
}
