import RulesmithText

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
        kinds: [.llmsTxt], tags: [.links], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.valid + "\n## More\n\n- [Guide again](↓https://x.dev/guide.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [Guide, part 2](https://x.dev/guide.md#part-2)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        let bytes = source.bytes
        let links = structure.itemLinks
        let firsts = bytes.withUnsafeBufferPointer { buffer in
            RepeatedRanges.firstOccurrences(in: buffer, count: links.count) { links[$0].destinationRange }
        }
        for (index, first) in firsts.enumerated() where first >= 0 {
            let url = links[index].destinationRange
            let earlier = links[Int(first)].destinationRange
            findings.report(
                range: url,
                message: "URL \(Excerpt.quote(source, url)) is already listed at line \(source.lineNumber(at: earlier.lowerBound)); keep one item for it")
        }
    }
}
