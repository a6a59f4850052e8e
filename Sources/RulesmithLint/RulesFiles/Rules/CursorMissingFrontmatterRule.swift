/// MDC001: a Cursor `.mdc` rule without frontmatter.
struct CursorMissingFrontmatterRule: Rule {
    let description = RuleDescription(
        id: "MDC001", name: "missing-mdc-frontmatter",
        summary: "A Cursor .mdc rule has no frontmatter",
        rationale: """
            Cursor decides when to apply an .mdc rule from its frontmatter: alwaysApply: true \
            (always), globs (auto-attached to matching files), description (the agent decides). \
            Without a '---' block at the top the rule has none of them and becomes a manual rule \
            that applies only when someone @-mentions it, which is rarely what the author meant.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter"], defaultSeverity: .warning,
        triggering: [
            Example("↓# General rules\n\nUse bun.\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\ndescription: General rules\nglobs:\nalwaysApply: true\n---\n# General rules\n", kind: .cursorMdc),
            Example("\u{FEFF}---\r\nalwaysApply: true\r\n---\r\nUse bun.\r\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, !document.analysis(Frontmatter.self).isPresent,
              !RulesFileSupport.isBlank(document.source.bytes, from: 0) else { return [] }
        return [Finding(
            range: RulesFileSupport.firstLine(document),
            message: "no frontmatter; Cursor applies the rule only when @-mentioned, so start the file with a '---' block holding description, globs or alwaysApply")]
    }
}
