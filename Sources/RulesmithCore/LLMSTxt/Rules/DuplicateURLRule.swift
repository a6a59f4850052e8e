/// LT054: the same URL linked by two items.
struct DuplicateURLRule: Rule {
    let description = RuleDescription(
        id: "LT054", name: "duplicate-url",
        summary: "The same URL is listed twice",
        rationale: """
        Every item a consumer expands costs context; a URL listed twice is fetched and inserted \
        twice by `llms_txt2ctx` (the reference parser accepts it). Keep one item, in the section \
        where it fits best.
        """,
        kinds: [.llmsTxt], tags: ["links"], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.valid + "\n## More\n\n- [Guide again](↓https://x.dev/guide.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [Guide, part 2](https://x.dev/guide.md#part-2)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let bytes = source.bytes
        // Keyed by a 64-bit hash of the URL and confirmed byte by byte; URLs whose hash is taken
        // by a different URL (practically never) go to a short list.
        var seen: [UInt64: Range<Int>] = [:]
        var collided: [Range<Int>] = []
        var findings: [Finding] = []
        for link in structure.itemLinks where !link.destinationRange.isEmpty {
            let url = link.destinationRange
            let key = Self.hash(bytes, url)
            var earlier: Range<Int>?
            if let first = seen[key] {
                if bytes[first].elementsEqual(bytes[url]) {
                    earlier = first
                } else {
                    earlier = collided.first { bytes[$0].elementsEqual(bytes[url]) }
                    if earlier == nil { collided.append(url) }
                }
            } else {
                seen[key] = url
            }
            if let earlier {
                findings.append(Finding(
                    range: url,
                    message: "URL \(Excerpt.quote(source, url)) is already listed at line \(source.lineNumber(at: earlier.lowerBound)); keep one item for it"))
            }
        }
        return findings
    }

    /// FNV-1a over the bytes of `range`.
    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            value = (value ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return value
    }
}
