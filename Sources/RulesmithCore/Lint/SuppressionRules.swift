/// Rules about suppression comments themselves; the engine produces their findings.
public enum SuppressionRules {
    public static let unusedID = "RS001"
    public static let unknownID = "RS002"

    public static let all: [any Rule] = [UnusedSuppressionRule(), UnknownSuppressedRuleRule()]
}

/// RS001: a suppression comment that silences nothing.
struct UnusedSuppressionRule: Rule {
    let description = RuleDescription(
        id: SuppressionRules.unusedID, name: "unused-suppression",
        summary: "A rulesmith-disable comment suppresses no finding",
        rationale: """
        A suppression that silences nothing is either stale (the problem it hid was fixed) or \
        names the wrong rule or line, and it would hide a future finding nobody reviewed. Remove \
        it, or move it to the line it was meant for.
        """,
        kinds: Set(FileKind.allCases), tags: ["suppression"], defaultSeverity: .warning,
        triggering: [
            Example("# Project\n\n> Summary.\n\n↓<!-- rulesmith-disable-next-line LT046 -->\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
        ],
        nonTriggering: [
            Example("# Project\n\n> Summary.\n\n## Docs\n\n<!-- rulesmith-disable-next-line LT046 -- generated list -->\n- [Guide](https://x.dev/guide.md) setup\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { [] }
}

/// RS002: a suppression comment that names no known rule.
struct UnknownSuppressedRuleRule: Rule {
    let description = RuleDescription(
        id: SuppressionRules.unknownID, name: "unknown-rule-in-suppression",
        summary: "A rulesmith-disable comment names a rule that does not exist",
        rationale: """
        A misspelt rule ID in a suppression comment silences nothing, so the finding it was meant \
        to hide still appears, or a later one is hidden by accident. Use an ID or name that \
        `rulesmith rules` lists.
        """,
        kinds: Set(FileKind.allCases), tags: ["suppression"], defaultSeverity: .warning,
        triggering: [Example("# Project\n\n> Summary.\n\n↓<!-- rulesmith-disable LT999 -->\n")],
        nonTriggering: [Example("# Project\n\n> Summary.\n\n<!-- rulesmith-disable LT046 -->\n<!-- rulesmith-enable LT046 -->\n")]
    )

    func check(_ document: LintDocument) -> [Finding] { [] }
}
