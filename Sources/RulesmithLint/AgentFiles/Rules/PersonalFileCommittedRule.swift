/// AG007: a committed CLAUDE.local.md or AGENTS.override.md, files meant to stay personal.
struct PersonalFileCommittedRule: Rule {
    let description = RuleDescription(
        id: "AG007", name: "personal-agent-file-committed",
        summary: "CLAUDE.local.md or AGENTS.override.md is part of the repository",
        rationale: """
            CLAUDE.local.md holds personal notes and belongs in .gitignore; committed, it reaches \
            every clone. A committed AGENTS.override.md replaces AGENTS.md in its folder for Codex \
            only, so Codex and every other agent read different instructions.
            """,
        kinds: [.claudeLocal, .agentsOverride], tags: [.agents, .scope], defaultSeverity: .warning,
        triggering: [
            Example("↓Use my local database.\n", kind: .claudeLocal),
            Example("↓Codex only: skip the slow tests.\n", kind: .agentsOverride),
        ],
        nonTriggering: [
            Example("Use the shared database.\n", kind: .claudeMd),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        let message = document.kind == .claudeLocal
            ? "CLAUDE.local.md is personal: add it to .gitignore and move shared rules to CLAUDE.md"
            : "AGENTS.override.md shadows AGENTS.md in this folder for Codex only; merge it into AGENTS.md unless that is intended"
        return [Finding(range: AgentFileSupport.firstLine(document), message: message,
                        severity: document.kind == .agentsOverride ? .info : nil)]
    }
}
