/// AG004: `mode:` in a prompt file or custom agent, renamed `agent:` in October 2025.
struct PromptDeprecatedModeRule: Rule {
    let description = RuleDescription(
        id: "AG004", name: "deprecated-prompt-mode",
        summary: "A prompt file or custom agent uses the deprecated 'mode' key",
        rationale: """
            VS Code renamed the prompt-file key `mode` to `agent` (October 2025) and now warns that \
            "The 'mode' attribute has been deprecated"; `agent` takes the same values (ask, agent, \
            plan or a custom agent's name).
            """,
        kinds: [.copilotPrompt, .copilotAgent], tags: [.agents, .frontmatter, .deprecated], defaultSeverity: .warning,
        triggering: [
            Example("---\n↓mode: agent\ndescription: Fetch the agenda\n---\nBody\n", kind: .copilotPrompt),
        ],
        nonTriggering: [
            Example("---\nagent: agent\ndescription: Fetch the agenda\n---\nBody\n", kind: .copilotPrompt),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("mode") else { return [] }
        return [Finding(range: entry.keyRange, message: "'mode' is deprecated; write 'agent' with the same value")]
    }
}
