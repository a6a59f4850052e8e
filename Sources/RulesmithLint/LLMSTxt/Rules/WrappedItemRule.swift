import RulesmithText

/// LT045: a list item that continues onto further lines.
struct WrappedItemRule: Rule {
    let description = RuleDescription(
        id: "LT045", name: "wrapped-item",
        summary: "A list item wrapped onto the next line",
        rationale: """
        Markdown joins a wrapped item's lines, but the reference parser reads a section line by \
        line: the continuation line is not a `- [name](url)` item and it fails with an \
        `AttributeError`. Keep each item on one line. The safe fix joins a wrapped paragraph \
        onto the item's first line; further paragraphs in an item need moving by hand.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .error, fix: .safe,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): the reference for\n  ↓every public function\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): lazily\n↓continued\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): notes\n\n  ↓A second paragraph.\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): notes\n  - [Nested](https://x.dev/nested.md)\n"),
        ],
        corrections: [
            Correction(
                Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md): the reference\n  ↓for every\n   public function\n"),
                LLMSTxtExample.valid + "- [API](https://x.dev/api.md): the reference for every public function\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let blocks = structure.markdown.blocks
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items {
                let continuationLines = structure.continuationLines(of: item)
                if let first = continuationLines.first, let paragraph = item.paragraph {
                    var edits: [TextEdit] = []
                    for start in continuationLines {
                        let previous = source.lineIndex(ofByte: start) - 1
                        let end = ByteClass.trimmed(source.bytes, source.contentRange(ofLine: previous)).upperBound
                        edits.append(TextEdit(range: end..<start, replacement: " "))
                    }
                    let range = first..<blocks[paragraph].range.upperBound
                    findings.append(Finding(
                        range: range,
                        message: "list item continues on the next line with \(Excerpt.quote(source, first..<source.lineEnd(at: first))); keep each item on one line, as the reference parser fails on this one",
                        fix: Fix(.safe, title: "Join the item onto one line", edits: edits)))
                } else if let extra = structure.extraBlocks(of: item).first(where: { blocks[$0].kind == .paragraph }) {
                    let start = blocks[extra].range.lowerBound
                    findings.append(Finding(
                        range: blocks[extra].range,
                        message: "list item continues with a paragraph \(Excerpt.quote(source, start..<source.lineEnd(at: start))); keep each item on one line, as the reference parser fails on this one"))
                }
            }
        }
        return findings
    }
}
