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
        let links = structure.itemLinks
        // An open-addressing table of first occurrences: each slot holds the upper half of the
        // URL's 64-bit hash and its link index + 1 (0 is empty), so most probes compare no bytes
        // and nothing is hashed twice. Half full at most.
        var capacity = 16
        while capacity < links.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var findings: [Finding] = []
        bytes.withUnsafeBufferPointer { buffer in
            for (position, link) in links.enumerated() where !link.destinationRange.isEmpty {
                let url = link.destinationRange
                let hash = Self.hash(buffer, url)
                let tag = hash >> 32
                var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
                var earlier: Range<Int>?
                while slots[slot] != 0 {
                    let entry = slots[slot]
                    if entry >> 32 == tag {
                        let first = links[Int(entry & 0xFFFF_FFFF) - 1].destinationRange
                        if Self.equal(buffer, first, url) {
                            earlier = first
                            break
                        }
                    }
                    slot = (slot + 1) & mask
                }
                if let earlier {
                    findings.append(Finding(
                        range: url,
                        message: "URL \(Excerpt.quote(source, url)) is already listed at line \(source.lineNumber(at: earlier.lowerBound)); keep one item for it"))
                } else {
                    slots[slot] = tag << 32 | UInt64(position + 1)
                }
            }
        }
        return findings
    }

    /// FNV-1a over the bytes of `range`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            value = (value ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return value
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        var offset = 0
        while offset < first.count {
            if bytes[first.lowerBound + offset] != bytes[second.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }
}
