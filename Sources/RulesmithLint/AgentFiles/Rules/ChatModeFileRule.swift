/// AG005: a `.chatmode.md` file, the old name of a custom agent.
struct ChatModeFileRule: Rule {
    let description = RuleDescription(
        id: "AG005", name: "legacy-chatmode-file",
        summary: "A custom agent still uses the old .github/chatmodes/*.chatmode.md name",
        rationale: """
            VS Code renamed chat modes to custom agents: `.github/agents/<name>.agent.md` is the \
            current location, and GitHub's cloud agent and CLI read only that one.
            """,
        kinds: [.copilotAgent], tags: [.agents, .legacy], defaultSeverity: .info,
        triggering: [
            Example("↓---\ndescription: Plans work.\n---\nPlan.\n", kind: .copilotAgent, path: ".github/chatmodes/plan.chatmode.md"),
        ],
        nonTriggering: [
            Example("---\ndescription: Plans work.\n---\nPlan.\n", kind: .copilotAgent),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.path.lowercased().hasSuffix(".chatmode.md") else { return [] }
        return [Finding(range: AgentFileSupport.firstLine(document),
                        message: "chat modes are now custom agents; move this file to .github/agents/ as <name>.agent.md")]
    }
}
