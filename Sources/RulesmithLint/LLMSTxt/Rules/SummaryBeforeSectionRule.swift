import RulesmithText

/// LT013: the summary is followed directly by an H2 or the end of the file.
struct SummaryBeforeSectionRule: Rule {
    static let detailsComment = "<!-- keeps the summary readable for llms-txt parsers -->"

    let description = RuleDescription(
        id: "LT013", name: "summary-without-details",
        summary: "The blockquote summary is followed directly by an H2 or the end of the file",
        rationale: """
        Valid under both versions of the proposal, but the reference parser strips the text \
        before the first `##` and then needs a line break *after* the summary line: with nothing \
        between the summary and the first H2 (or the end) it returns `summary=None` and leaves \
        `> …` in `info`, and with the summary on the line right after the H1 it fails with a \
        `TypeError`. The proposal's own llms.txt has this shape. The fix inserts an HTML comment \
        as the details block: it renders as nothing, keeps the Markdown meaning, and gives the \
        reference parser the line break it needs; it is safe, though the comment text reaches \
        tools that print `info`. Writing a real details paragraph instead is better still.
        """,
        kinds: [.llmsTxt], tags: ["summary", "compat"], defaultSeverity: .warning, fix: .safe,
        triggering: [
            Example("# Project\n\n↓> Summary.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example("# Project\n\n↓> Summary.\n"),
            Example("# Project\n↓> Summary.\n## Docs\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.head + "Details.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example("# Project\n\n> Summary line one\n> and line two.\n\n## Docs\n"),
            Example("# Project\n\n## Docs\n"),
        ],
        corrections: [
            Correction(
                Example("# Project\n\n↓> Summary.\n\n## Docs\n"),
                "# Project\n\n> Summary.\n\n\(Self.detailsComment)\n\n## Docs\n"),
            Correction(Example("# Project\n\n↓> Summary."), "# Project\n\n> Summary.\n\n\(Self.detailsComment)"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, let summary = structure.summary, structure.details.isEmpty else { return [] }
        let block = structure.markdown.blocks[summary]
        guard block.lines.count == 1 else { return [] }
        let source = document.source
        let next = structure.sections.first.map { "H2 \(Excerpt.quote(source, $0.heading.nameRange))" } ?? "the end of the file"
        let end = block.range.upperBound
        return [Finding(
            range: block.range,
            message: "summary \(Excerpt.quote(source, block.range)) is followed directly by \(next); add a details paragraph after it, or the reference parser drops the summary (summary=None)",
            fix: Fix(.safe, title: "Insert a details comment after the summary", edits: [
                TextEdit(range: end..<end, replacement: "\n\n" + Self.detailsComment),
            ]))]
    }
}
