import RulesmithText

/// LT011: the block quote summary is not the first block after the H1.
struct SummaryNotFirstRule: Rule {
    let description = RuleDescription(
        id: "LT011", name: "summary-not-first",
        summary: "The blockquote is not the first block after the H1",
        rationale: """
        The summary is the block quote directly under the H1. A block quote further down is just \
        a quote to the proposal, and the reference parser only looks for `>` right after the \
        title: it returns `summary=None` and leaves the quote in `info`. A second blockquote \
        after the summary is reported too: it is not part of the summary for any reader. Move \
        the summary up to follow the H1, and write further text as details paragraphs.
        """,
        kinds: [.llmsTxt], tags: ["structure", "summary"], defaultSeverity: .warning,
        triggering: [
            Example("# Project\n\nIntro text.\n\n↓> Summary.\n"),
            Example("# Project\n![logo](https://x.dev/logo.png)\n\n↓> Summary.\n\n↓> Another.\n"),
            Example("# Project\n\n> Summary.\n\n↓> More summary in a second quote.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n# Subtitle\n\n> Summary under the second H1.\n"),
            Example("# Project\n\nText.\n\n## Docs\n\n> A quote in a section.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        let blocks = structure.markdown.blocks
        guard structure.hasLayout, structure.title != nil else { return [] }
        let source = document.source
        return structure.details.filter { blocks[$0].kind == .blockQuote }.map { quote in
            let start = blocks[quote].range.lowerBound
            let line = start..<source.lineEnd(at: start)
            let advice = structure.summary == nil
                ? "move it directly under the H1 so it is read as the summary"
                : "only the blockquote directly under the H1 is the summary; make this one a details paragraph"
            return Finding(
                range: blocks[quote].range,
                message: "blockquote \(Excerpt.quote(source, line)) is not the first block after the H1; \(advice)")
        }
    }
}
