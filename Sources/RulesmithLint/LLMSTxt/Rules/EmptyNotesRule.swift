import RulesmithText

/// LT047: a `:` after an item's link with no notes after it.
struct EmptyNotesRule: Rule {
    let description = RuleDescription(
        id: "LT047", name: "empty-link-notes",
        summary: "A ':' after the link with no notes",
        rationale: """
        The `:` introduces notes about the link; with nothing after it, it promises a \
        description that is not there, and the reference parser returns `desc=""` instead of \
        `None`. Write the notes or drop the `:` (the safe fix drops it).
        """,
        kinds: [.llmsTxt], tags: ["sections", "links"], defaultSeverity: .info, fix: .safe,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)↓:\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)↓:   \n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)\n"),
        ],
        corrections: [
            Correction(
                Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)↓: \n"),
                LLMSTxtExample.valid + "- [API](https://x.dev/api.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let bytes = document.source.bytes
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items where item.linkStartsItem || item.looseLink != nil {
                let tail = item.tail
                guard !tail.isEmpty, bytes[tail.lowerBound] == 0x3A,
                      ByteClass.trimmed(bytes, (tail.lowerBound + 1)..<tail.upperBound).isEmpty else { continue }
                findings.append(Finding(
                    range: tail,
                    message: "':' after the link with no notes; write the notes or drop the ':'",
                    fix: Fix(.safe, title: "Drop the ':'", edits: [TextEdit(range: tail, replacement: "")])))
            }
        }
        return findings
    }
}
