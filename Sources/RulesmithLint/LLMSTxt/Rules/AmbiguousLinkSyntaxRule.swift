import RulesmithText

/// LT053: a link the reference parser reads differently: `()`, `<>` or a title in the URL, or
/// brackets in the text.
struct AmbiguousLinkSyntaxRule: Rule {
    let description = RuleDescription(
        id: "LT053", name: "ambiguous-link-syntax",
        summary: "A URL with '()', '<>' or a title attribute, or '[]' in the link text",
        rationale: """
        CommonMark allows balanced parentheses, `<…>` and a `"title"` in a link destination, and \
        brackets in link text, but the reference parser's pattern `\\[([^\\]]+)\\]\\(([^\\)]+)\\)` \
        does not: it cuts `https://x/a_(b)` to `https://x/a_(b`, keeps `<…>` or `url "title"` in \
        the URL verbatim, and fails on brackets in the text. Percent-encode parentheses (`%28`, \
        `%29`), drop the angle brackets and the title, and keep brackets out of link text. A \
        `[text](url)` that is not a Markdown link at all (spaces in the URL) is reported too.
        """,
        kinds: [.llmsTxt], tags: ["links", "compat"], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "- ↓[Wiki](https://x.dev/a_(b).md)\n"),
            Example(LLMSTxtExample.valid + "- ↓[API](<https://x.dev/api.md>)\n- ↓[FAQ](https://x.dev/faq.md \"FAQ\")\n"),
            Example(LLMSTxtExample.valid + "- ↓[The [beta] API](https://x.dev/beta.md)\n- ↓[Notes](https://x.dev/my notes.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [Wiki](https://x.dev/a_%28b%29.md): (encoded)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let bytes = source.bytes
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items {
                if let loose = item.looseLink {
                    findings.append(Finding(
                        range: loose,
                        message: "\(Excerpt.quote(source, loose)) is not a Markdown link (spaces or line breaks in the URL?); percent-encode the URL so every reader sees the same link"))
                    continue
                }
                guard item.linkStartsItem, let link = item.link else { continue }
                let destination = link.destinationRange
                let reason: String
                if let paren = ByteScan.firstIndex(of: 0x28, or: 0x29, in: bytes, destination) {
                    let cut = ByteScan.firstIndex(of: 0x29, or: 0x29, in: bytes, destination) ?? paren
                    reason = "URL \(Excerpt.quote(source, destination)) contains parentheses; the reference parser cuts it to \(Excerpt.quote(source, destination.lowerBound..<cut)), so percent-encode them (%28, %29)"
                } else if link.isAngleBracketed {
                    reason = "URL written in angle brackets; the reference parser keeps the '<…>' in the URL, so drop them"
                } else if let title = link.titleRange {
                    reason = "link title \(Excerpt.quote(source, title)) after the URL; the reference parser keeps it in the URL, so drop it"
                } else if ByteScan.firstIndex(of: 0x5B, or: 0x5D, in: bytes, link.textRange) != nil {
                    reason = "link text \(Excerpt.quote(source, link.textRange)) contains brackets; the reference parser cannot read this item, so drop them"
                } else {
                    continue
                }
                findings.append(Finding(range: link.range, message: reason))
            }
        }
        return findings
    }
}
