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
        kinds: [.llmsTxt], tags: [.structure, .title], defaultSeverity: .error,
        // The example test's variants: it judges the H1's text, which the prefix variant writes into.
        traits: [.noPrefixVariant],
        triggering: [
            Example("↓#\n\n> Summary.\n"),
            Example("↓# #\n\nText.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# P\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    // Reported as found: a file of a million such lines never holds their findings in a list.
    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        for heading in structure.headings where heading.level == 1 && heading.style == .atx && heading.nameRange.isEmpty {
            let next = source.lineIndex(ofByte: heading.range.lowerBound) + 1
            var taken = ""
            if next < source.lineCount {
                let line = source.contentRange(ofLine: next)
                if !line.isEmpty { taken = " (here \(Excerpt.quote(source, line)))" }
            }
            findings.append(Finding(
                range: heading.range,
                message: "H1 with no text; write the project name after '# ' (the reference parser takes the next non-blank line as the title\(taken))"))
        }
    }
}
