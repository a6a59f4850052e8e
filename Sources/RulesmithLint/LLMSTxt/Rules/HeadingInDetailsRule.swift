import RulesmithText

/// LT020: an H3–H6 heading between the summary and the first H2.
struct HeadingInDetailsRule: Rule {
    let description = RuleDescription(
        id: "LT020", name: "heading-in-details",
        summary: "An H3–H6 heading in the details",
        rationale: """
        The details between the summary and the first H2 may hold any Markdown except headings. \
        The reference parser splits the file at every line that starts with `##`, so `### Setup` \
        opens a bogus section named `# Setup` whose prose then makes it crash. Use bold text or \
        a paragraph, or make it an H2 section.
        """,
        kinds: [.llmsTxt], tags: [.structure, .details], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.head + "↓### Setup\n\nRun the installer.\n\n## Docs\n"),
            Example("# Project\n\nIntro.\n\n↓#### Deep\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "**Setup**: run the installer.\n\n## Docs\n"),
            Example(LLMSTxtExample.head + "> ### quoted\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    // Reported as found: a file of a million such lines never holds their findings in a list.
    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout, structure.title != nil else { return }
        let source = document.source
        for finding in structure.details.lazy.compactMap({ index -> Finding? in
            guard let heading = LLMSTxtStructure.heading(structure.markdown.blocks[index], index, source),
                  heading.level >= 3, heading.style != .unspaced else { return nil }
            return Finding(
                range: heading.range,
                message: "H\(heading.level) \(Excerpt.quote(source, heading.nameRange)) in the details; the details hold no headings, and the reference parser turns it into a section '\(String(repeating: "#", count: heading.level - 2)) \(Excerpt.text(source, heading.nameRange))'")
        }) { findings.append(finding) }
    }
}
