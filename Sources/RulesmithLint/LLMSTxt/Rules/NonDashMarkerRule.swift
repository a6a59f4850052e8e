import RulesmithText

/// LT043: list items in a section marked with `*`, `+` or a number.
struct NonDashMarkerRule: Rule {
    let description = RuleDescription(
        id: "LT043", name: "non-dash-list-marker",
        summary: "A '*', '+' or '1.' list marker in a section",
        rationale: """
        The proposal writes section items as `- [name](url)`, and the reference parser's link \
        pattern starts with a literal `-`: items marked `*`, `+` or `1.` make it fail with an \
        `AttributeError`. The safe fix replaces the marker with `-`; the list renders the same \
        (an ordered list loses its numbers). Reported once per list, at its first marker; an \
        item without a link is reported by LT041 alone.
        """,
        kinds: [.llmsTxt], tags: [.sections, .links], defaultSeverity: .error, fix: .safe,
        triggering: [
            Example(LLMSTxtExample.head + "## Docs\n\n↓* [Guide](https://x.dev/guide.md)\n* [API](https://x.dev/api.md)\n"),
            Example(LLMSTxtExample.head + "## Docs\n\n↓1. [Guide](https://x.dev/guide.md)\n2. [API](https://x.dev/api.md)\n↓2) [FAQ](https://x.dev/faq.md)\n↓+ [Blog](https://x.dev/blog.md)\n"),
            Example(LLMSTxtExample.valid + "  ↓* [Nested](https://x.dev/nested.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "* a point in the details\n1. another\n"),
            Example(LLMSTxtExample.valid + "* a bullet without a link\n"),
        ],
        corrections: [
            Correction(
                Example(LLMSTxtExample.head + "## Docs\n\n↓* [Guide](https://x.dev/guide.md)\n* [API](https://x.dev/api.md)\n\n↓10. [FAQ](https://x.dev/faq.md)\n"),
                LLMSTxtExample.head + "## Docs\n\n- [Guide](https://x.dev/guide.md)\n- [API](https://x.dev/api.md)\n\n- [FAQ](https://x.dev/faq.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let blocks = structure.markdown.blocks
        var findings: [Finding] = []
        for section in structure.sections {
            var position = 0
            while position < section.items.count {
                let first = section.items[position]
                let list = blocks[first.block].parent
                var markers: [Range<Int>] = []
                while position < section.items.count, blocks[section.items[position].block].parent == list {
                    let item = section.items[position]
                    // An item without a link is LT041's: a new marker would not make it an item.
                    if item.isOrdered || item.markerCharacter != 0x2D, item.hasAnyLink { markers.append(item.marker) }
                    position += 1
                }
                guard let marker = markers.first, let last = markers.last else { continue }
                let count = markers.count == 1 ? "" : " (\(markers.count) items)"
                findings.append(Finding(
                    range: marker.lowerBound..<last.upperBound,
                    message: "list marker \(Excerpt.quote(source, marker))\(count); llms.txt items start with '-', and the reference parser fails on other markers",
                    fix: Fix(.safe, title: "Use '-' as the marker", edits: markers.map { TextEdit(range: $0, replacement: "-") })))
            }
        }
        return findings
    }
}
