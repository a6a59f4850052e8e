import RulesmithText

/// REF002: the reference parser drops or cuts the summary.
struct ReferenceSummaryLostRule: Rule {
    let description = RuleDescription(
        id: "REF002", name: "reference-summary-lost",
        summary: "The reference parser drops the summary or keeps only its first line",
        rationale: """
        The header pattern `^#\\s*(?P<title>.+?$)\\n+(?:^>\\s*(?P<summary>.+?$)$)?\\n+(?P<info>.*)` \
        runs on the text before the first `##`, stripped. A summary with nothing after it (the \
        proposal's own llms.txt) has no line feed left to follow it, so the parser returns \
        `summary=None` and puts `> …` in `info`; a summary over several lines is cut to its \
        first. Tools that show the summary then show nothing or half a sentence. Runs with \
        `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: ["compat"], defaultSeverity: .warning, isOptIn: true,
        triggering: [
            Example("# Project\n\n↓> Summary.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example("# Project\n\n↓> First line\n> second line.\n\nDetails.\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example("# Project\n\nNo summary at all.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        guard let parse = document.reference.parse, let quote = document.llmsTxt.summary else { return [] }
        let source = document.source
        let block = document.llmsTxt.markdown.blocks[quote].range
        guard let summary = parse.summary else {
            return [Finding(
                range: block,
                message: "the reference parser drops this summary (summary=None) and puts it in 'info'; add a details paragraph after it")]
        }
        guard summary.upperBound < PythonTextRange.trimmed(source.bytes, block).upperBound,
              block.contains(summary.lowerBound) else { return [] }
        return [Finding(
            range: block,
            message: "the reference parser keeps only \(Excerpt.quote(source, summary)) of this summary; put the summary on one line")]
    }
}
