import RulesmithText

/// LT009: an H1 with no text.
struct EmptyH1Rule: Rule {
    let description = RuleDescription(
        id: "LT009", name: "empty-h1",
        summary: "An H1 with no text",
        rationale: """
        The H1 carries the project name, the one thing the proposal requires. A bare `#` names \
        nothing, and the reference parser's `^#\\s*` crosses the line break and takes the next \
        line (often the `> summary`) as the title.
        """,
        kinds: [.llmsTxt], tags: ["structure", "title"], defaultSeverity: .error,
        triggering: [
            Example("↓#\n\n> Summary.\n"),
            Example("↓# #\n\nText.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# P\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        return structure.headings.filter { $0.level == 1 && $0.style == .atx && $0.nameRange.isEmpty }.map { heading in
            let next = source.lineIndex(ofByte: heading.range.lowerBound) + 1
            var taken = ""
            if next < source.lineCount {
                let line = source.contentRange(ofLine: next)
                if !line.isEmpty { taken = " (here \(Excerpt.quote(source, line)))" }
            }
            return Finding(
                range: heading.range,
                message: "H1 with no text; write the project name after '# ' (the reference parser takes the next non-blank line as the title\(taken))")
        }
    }
}
