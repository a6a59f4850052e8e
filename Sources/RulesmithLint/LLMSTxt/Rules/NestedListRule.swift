import RulesmithText

/// LT044: a list nested inside a section's list item.
struct NestedListRule: Rule {
    let description = RuleDescription(
        id: "LT044", name: "nested-list",
        summary: "A nested list inside a section",
        rationale: """
        Section lists are flat in the proposal. The reference parser ignores the indentation and \
        reads nested items as items of the section (its pattern is unanchored), so the hierarchy \
        is lost, and nested items without a link make it fail. Flatten the list, or split it \
        into several H2 sections. Reported once per nested list, at its first item.
        """,
        kinds: [.llmsTxt], tags: ["structure", "sections"], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.valid + "  ↓- [Install](https://x.dev/install.md)\n  - [Upgrade](https://x.dev/upgrade.md)\n"),
            Example(LLMSTxtExample.head + "## Docs\n\n- Guides\n  ↓- [Guide](https://x.dev/guide.md)\n    ↓* [Deep](https://x.dev/deep.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "- point\n  - sub-point in the details\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let blocks = structure.markdown.blocks
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items where item.nesting > 0 {
                guard let list = blocks[item.block].parent, list + 1 == item.block else { continue }
                let range = item.marker.lowerBound..<source.lineEnd(at: item.marker.lowerBound)
                findings.append(Finding(
                    range: range,
                    message: "nested list \(Excerpt.quote(source, range)) in section \(Excerpt.quote(source, section.heading.nameRange)); keep section lists flat, as the reference parser flattens them"))
            }
        }
        return findings
    }
}
