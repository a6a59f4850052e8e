/// AG008: a Claude rule whose `paths` is a string instead of a YAML list.
struct ClaudeRulePathsStringRule: Rule {
    let description = RuleDescription(
        id: "AG008", name: "claude-rule-paths-not-list",
        summary: "A Claude rule's paths is a string, not a YAML list of globs",
        rationale: """
            Claude Code documents `paths` in `.claude/rules` as a YAML list of globs. A \
            comma-separated string is documented for skills only; for rules it is unconfirmed, and \
            a rule whose paths are not read loads on every request.
            """,
        kinds: [.claudeRule], tags: [.agents, .frontmatter, .globs], defaultSeverity: .info,
        triggering: [
            Example("---\npaths: ↓\".github/workflows/**\"\n---\nBody\n", kind: .claudeRule),
        ],
        nonTriggering: [
            Example("---\npaths:\n  - \".github/workflows/**\"\n---\nBody\n", kind: .claudeRule),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("paths"), case .scalar = entry.value else { return [] }
        return [Finding(range: entry.valueRange, message: "write paths as a YAML list of globs (- \"src/**\"); a string is not documented for rules")]
    }
}
