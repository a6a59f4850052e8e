/// MDC007: a Cursor rule with frontmatter and nothing after it.
struct CursorEmptyBodyRule: Rule {
    let description = RuleDescription(
        id: "MDC007", name: "empty-mdc-body",
        summary: "The .mdc rule has frontmatter but no body",
        rationale: """
            The body is the instruction Cursor gives the model; the frontmatter only says when. A \
            rule with activation settings and no body is applied (maybe on every request) and adds \
            nothing, usually because a generator or an edit lost the text.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "content"], defaultSeverity: .warning,
        triggering: [
            Example("---\nalwaysApply: true\n↓---\n", kind: .cursorMdc),
            Example("---\nalwaysApply: true\n↓---\n\n  \n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\nalwaysApply: true\n---\nUse bun.\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard let closing = frontmatter.closingRange,
              RulesFileSupport.isBlank(document.source.bytes, from: frontmatter.bodyStart) else { return [] }
        return [Finding(range: closing, message: "no body after the frontmatter; Cursor applies the rule but gives the model no instruction")]
    }
}
