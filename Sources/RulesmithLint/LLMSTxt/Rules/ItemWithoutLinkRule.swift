import RulesmithText

/// LT041: a list item in a section that holds no link.
struct ItemWithoutLinkRule: Rule {
    let description = RuleDescription(
        id: "LT041", name: "item-without-link",
        summary: "A list item without a link",
        rationale: """
        Every item of a section is `- [name](url)`, optionally followed by `: notes`; the link is \
        what tools fetch. An item without one (`- CV: /cv/`, `- Name(url)`, a plain bullet) \
        gives them nothing to expand, and the reference parser fails on it with an \
        `AttributeError`. Write the item as a Markdown link, or move the text into the details.
        """,
        kinds: [.llmsTxt], tags: [.sections, .links], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.head + "## Pages\n\n↓- CV (HTML): /cv/\n↓- Components(https://x.dev/components.md)\n"),
            Example(LLMSTxtExample.valid + "↓- \n"),
            Example(LLMSTxtExample.valid + "↓- Prefer the Markdown pages.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- See [API](https://x.dev/api.md)\n"),
            Example(LLMSTxtExample.head + "- plain bullet in the details\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    // Reported as found: a file of a million such lines never holds their findings in a list.
    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        for section in structure.sections {
            for item in section.items where !item.hasAnyLink {
                let range = item.marker.lowerBound..<source.lineEnd(at: item.marker.lowerBound)
                let message = item.firstLine.isEmpty && item.paragraph == nil
                    ? "empty list item in section \(Excerpt.quote(source, section.heading.nameRange)); write '- [name](url): notes'"
                    : "list item \(Excerpt.quote(source, range)) has no link; items are '- [name](url): notes', and the reference parser fails on this line"
                findings.append(Finding(range: range, message: message))
            }
        }
    }
}
