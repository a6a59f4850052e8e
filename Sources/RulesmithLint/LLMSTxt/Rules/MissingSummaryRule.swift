import RulesmithText

/// LT010: no block quote summary after the H1.
struct MissingSummaryRule: Rule {
    let description = RuleDescription(
        id: "LT010", name: "missing-summary",
        summary: "No blockquote summary after the H1",
        rationale: """
        The proposal follows the H1 with a one-paragraph `> summary` of the project: it is the \
        text a model reads first to decide whether the rest matters. Without it the reference \
        parser returns `summary=None`, and when there are no details either, its header pattern \
        fails and it crashes with a `TypeError`.
        """,
        kinds: [.llmsTxt], tags: ["summary"], defaultSeverity: .warning,
        triggering: [
            Example("↓# Project\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example("↓# Project\n\nA library for parsing things.\n"),
            Example("↓# Project\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n\nDetails first.\n\n> A quote later.\n"),
            Example("## Docs\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, let title = structure.title, structure.summary == nil,
              !structure.details.contains(where: { structure.markdown.blocks[$0].kind == .blockQuote })
        else { return [] }
        return [Finding(
            range: title.range,
            message: "no '> summary' after the H1 \(Excerpt.quote(document.source, title.nameRange)); the proposal expects a one-paragraph blockquote summary next, and the reference parser returns summary=None")]
    }
}
