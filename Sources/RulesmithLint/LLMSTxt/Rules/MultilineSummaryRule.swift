import RulesmithText

/// LT012: the summary spans several lines.
struct MultilineSummaryRule: Rule {
    let description = RuleDescription(
        id: "LT012", name: "multiline-summary",
        summary: "A multi-line or lazy-continuation summary",
        rationale: """
        The proposal's summary is one short paragraph, and the reference parser keeps only the \
        first line of the block quote (`^>\\s*(?P<summary>.+?$)`): further `>` lines and lazy \
        continuation lines go into `info`. Put the summary on one line and move the rest into a \
        details paragraph below it.
        """,
        kinds: [.llmsTxt], tags: ["structure", "summary"], defaultSeverity: .warning,
        triggering: [
            Example("# Project\n\n> First line\n↓> second line.\n"),
            Example("# Project\n\n> First line\n↓continued lazily.\n\nDetails.\n"),
            Example("# Project\n\n> One.\n↓>\n> Two.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n\n> A long summary that stays on a single line however long it gets.\n\n> Separate quote.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, let summary = structure.summary else { return [] }
        let block = structure.markdown.blocks[summary]
        guard block.lines.count > 1 else { return [] }
        let source = document.source
        let second = source.lineStarts[block.lines.lowerBound + 1]
        let first = block.range.lowerBound..<source.lineEnd(at: block.range.lowerBound)
        return [Finding(
            range: second..<block.range.upperBound,
            message: "summary continues over \(block.lines.count - 1) more line(s); keep it to one line, as the reference parser keeps only \(Excerpt.quote(source, first))")]
    }
}
