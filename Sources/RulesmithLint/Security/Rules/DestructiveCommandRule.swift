/// SEC112 (H12): destructive commands and auto-approval.
struct DestructiveCommandRule: Rule {
    let description = RuleDescription(
        id: "SEC112", name: "destructive-command",
        summary: "A destructive command or an instruction to skip confirmation (`rm -rf /`, `push --force`)",
        rationale: """
        `rm -rf /` or `~`, `git push --force`, `git reset --hard`, "don't ask for confirmation" \
        and flags such as `--dangerously-skip-permissions` let an agent destroy work without a \
        human in the loop. They can be deliberate, so they are only noted (info).
        """,
        kinds: SecurityRules.allKinds, tags: [.security, .injection], defaultSeverity: .info, aliases: ["H12"],
        traits: [.security, .normalisedText],
        triggering: [
            Example("↓rm -rf / --no-preserve-root\n", kind: .cursorrules),
            Example("git ↓push --force origin main\n", kind: .agentsMd),
            Example("git ↓reset --hard HEAD~1\n", kind: .agentsMd),
            Example("↓Don't ask for confirmation before deleting files.\n", kind: .agentsMd),
            Example("claude ↓--dangerously-skip-permissions\n", kind: .claudeMd),
        ],
        nonTriggering: [
            Example("rm -rf node_modules\n", kind: .agentsMd),
            Example("git push --force-with-lease\n", kind: .agentsMd),
            Example("Ask for confirmation before deleting files.\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(TextScan.self).findings(.destructive) }
}
