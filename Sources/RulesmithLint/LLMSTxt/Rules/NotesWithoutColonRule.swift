import RulesmithText

/// LT046: notes after an item's link that are not introduced by `:`.
struct NotesWithoutColonRule: Rule {
    /// Separators authors put between a link and its notes instead of `:`.
    private static let separators: [[UInt8]] = ["-", "–", "—", "|", ":", "·"].map { Array($0.utf8) }

    let description = RuleDescription(
        id: "LT046", name: "link-notes-without-colon",
        summary: "Link notes not introduced by ':'",
        rationale: """
        The proposal writes an item as `- [name](url): notes`. The reference parser captures \
        notes only after a `:` that directly follows the `)`, so `- [name](url) notes`, \
        `- [name](url) - notes` or `- [name](url) : notes` loses the notes (`desc=None`) without \
        a word. The safe fix replaces whatever stands between the link and the notes with `: `.
        """,
        kinds: [.llmsTxt], tags: [.sections, .links], defaultSeverity: .warning, fix: .safe,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md) ↓every public function\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md) - ↓the reference\n- [FAQ](https://x.dev/faq.md) — ↓questions\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md) : ↓spaced colon\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)\n  ↓[API v2](https://x.dev/v2.md)\n  : both versions\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)\n- [FAQ](https://x.dev/faq.md):questions\n"),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md)\n  : notes on the next line (LT045)\n"),
        ],
        corrections: [
            Correction(
                Example(LLMSTxtExample.head + "## Docs\n\n- [Guide](https://x.dev/guide.md) ↓setup\n"),
                LLMSTxtExample.head + "## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Correction(
                Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.md) — ↓the reference\n"),
                LLMSTxtExample.valid + "- [API](https://x.dev/api.md): the reference\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let bytes = source.bytes
        var findings: [Finding] = []
        for section in structure.sections {
            for item in section.items where item.linkStartsItem || item.looseLink != nil {
                let tail = ByteClass.trimmed(bytes, item.tail)
                if tail.isEmpty, let next = structure.continuationLines(of: item).first(where: { $0 > item.tail.upperBound }), bytes[next] != 0x3A {
                    // Notes wrapped onto the next line; LT045's join comes first, so no fix here.
                    let range = next..<source.lineEnd(at: next)
                    findings.append(Finding(
                        range: range,
                        message: "notes \(Excerpt.quote(source, range)) follow the link on the next line without ':'; write '- [name](url): notes' on one line"))
                    continue
                }
                guard !tail.isEmpty, !(tail.lowerBound == item.tail.lowerBound && bytes[tail.lowerBound] == 0x3A) else { continue }
                var notes = tail.lowerBound
                for separator in Self.separators where ByteClass.hasPrefix(bytes, at: notes, String(decoding: separator, as: UTF8.self)) {
                    let after = notes + separator.count
                    if after < tail.upperBound, ByteClass.isBlank(bytes[after]) || separator == [0x3A] {
                        notes = ByteClass.trimmed(bytes, after..<tail.upperBound).lowerBound
                    }
                    break
                }
                let range = notes..<tail.upperBound
                findings.append(Finding(
                    range: range,
                    message: "notes \(Excerpt.quote(source, range)) follow the link without ':'; write '- [name](url): notes', as the reference parser drops notes without it",
                    fix: Fix(.safe, title: "Introduce the notes with ': '", edits: [TextEdit(range: item.tail.lowerBound..<notes, replacement: ": ")])))
            }
        }
        return findings
    }
}
