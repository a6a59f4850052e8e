import RulesmithText

/// LT030: an H2 section without any link item.
struct SectionWithoutLinksRule: Rule {
    let description = RuleDescription(
        id: "LT030", name: "section-without-links",
        summary: "A section with no links",
        rationale: """
        Each H2 section holds a Markdown list of `[name](url)` items; that list is what tools \
        expand into context. A section without one gives them nothing, and the reference parser \
        returns an empty list for it (or fails on its prose). Only items that start with their \
        link count: `- **Topic**: [link](url)` is not a link item. Add link items, or move the \
        text into the details above the first H2.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.head + "↓## Purpose\nThis file indexes the site.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.valid + "\n↓## Empty\n"),
            Example(LLMSTxtExample.head + "↓## Pages\n\n- CV: /cv/\n"),
            Example(LLMSTxtExample.head + "↓## Topics\n\n- **Guide**: [here](https://x.dev/guide.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "## Docs\n\n- Intro text\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.head + "## Docs\n\n- [Guide](https://x.dev/my guide.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        for section in structure.sections where !section.hasLinks {
            findings.report(
                range: section.heading.range,
                message: "section \(Excerpt.quote(source, section.heading.nameRange)) has no links; a section holds a list of '- [name](url): notes' items")
        }
    }
}
