import RulesmithText

/// LT042: text between the list marker and the item's link.
struct TextBeforeLinkRule: Rule {
    let description = RuleDescription(
        id: "LT042", name: "text-before-link",
        summary: "Text before the link in a list item",
        rationale: """
        An item starts with its link: `- [name](url): notes`. With text first (`- See [API](…)`, \
        `- **[API](…)**`) the reference parser's unanchored pattern either fails with an \
        `AttributeError` or matches a `- [` further along the line, producing a link the author \
        did not mean. Put the link first and the rest in the notes.
        """,
        kinds: [.llmsTxt], tags: ["sections", "links"], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "- ↓See [API](https://x.dev/api.md) for details\n"),
            Example(LLMSTxtExample.valid + "- ↓**[API](https://x.dev/api.md)**\n"),
            Example(LLMSTxtExample.valid + "- ↓Guide\n  [API](https://x.dev/api.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): see [the FAQ](https://x.dev/faq.md) too\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items where item.hasAnyLink && !item.linkStartsItem && item.looseLink == nil {
                let end = item.link.map { $0.range.lowerBound } ?? item.firstLine.upperBound
                let before = item.firstLine.lowerBound..<max(item.firstLine.lowerBound, end)
                findings.append(Finding(
                    range: before.isEmpty ? item.firstLine : before,
                    message: "text \(Excerpt.quote(source, before)) before the link; start the item with '[name](url)' and put the rest in the notes after ':'"))
            }
        }
        return findings
    }
}
