import RulesmithText

/// LT050: an item link with empty text or an empty URL.
struct EmptyLinkRule: Rule {
    let description = RuleDescription(
        id: "LT050", name: "empty-link",
        summary: "A link with empty text or an empty URL",
        rationale: """
        An item's link names a page and points at it; `[](url)` gives a model no name to choose \
        by, and `[name]()` points nowhere. The reference parser's pattern needs at least one \
        character in both, so it fails on such an item with an `AttributeError`.
        """,
        kinds: [.llmsTxt], tags: ["links"], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "- ↓[](https://x.dev/api.md): the API\n"),
            Example(LLMSTxtExample.valid + "- ↓[API](): the API\n- ↓[FAQ](<>)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [A](https://x.dev/a.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        return structure.itemLinks.compactMap { link -> Finding? in
            let text = ByteClass.trimmed(source.bytes, link.textRange)
            if text.isEmpty {
                return Finding(range: link.range, message: "link \(Excerpt.quote(source, link.range)) has no text; name the page, as in '[Guide](url)'")
            }
            if link.destinationRange.isEmpty {
                return Finding(range: link.range, message: "link \(Excerpt.quote(source, link.range)) has no URL; the reference parser fails on this item")
            }
            return nil
        }
    }
}
