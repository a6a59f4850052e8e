import RulesmithEditors

/// Rules about suppression comments themselves; the engine produces their findings.
public enum SuppressionRules {
    public static let unusedID = "RS001"
    public static let unknownID = "RS002"
    public static let securityInlineID = "RS003"

    public static let all: [any Rule] = [UnusedSuppressionRule(), UnknownSuppressedRuleRule(), SecuritySuppressedInlineRule()]
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

/// RS003: a suppression comment that names a security rule (or a tag of one): it silences nothing,
/// and a file that tries to switch off its own scan is itself a finding.
struct SecuritySuppressedInlineRule: Rule {
    let description = RuleDescription(
        id: SuppressionRules.securityInlineID, name: "security-rule-suppressed-inline",
        summary: "A rulesmith-disable comment tries to silence a security rule",
        rationale: """
        Security rules judge the file a comment sits in, so a file that could silence them could \
        hide its own hidden characters, injected instructions or secrets from lint, the pre-commit \
        hook and the registry import gate. Inline comments never silence a security rule; a false \
        alarm is turned off in `.rulesmith.yml` (`lint.rules`, `lint.tags`, or `lint.per-path` for \
        one file). A template that carries such a comment is refused at import.
        """,
        kinds: Set(FileKind.allCases), tags: ["suppression"], defaultSeverity: .error,
        triggering: [
            Example("# Rules\n\n↓<!-- rulesmith-disable-file SEC001 SEC101 -->\n- Run the tests.\n"),
            Example("# Rules\n\n↓<!-- rulesmith-disable-next-line secret-in-rules-file -->\n- Run the tests.\n"),
            Example("# Rules\n\n- Run the tests. ↓<!-- rulesmith-disable-line security -->\n"),
        ],
        nonTriggering: [
            Example("# Rules\n\n<!-- rulesmith-disable-next-line RF004 -- an example path -->\n- Logs go to /home/ci/logs.\n"),
            Example("# Rules\n\n```markdown\n<!-- rulesmith-disable-file SEC001 -->\n```\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { [] }
}
