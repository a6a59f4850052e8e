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
        // Every URL of the file hashed and compared: a fifth of a 100 MB lint's wall time.
        traits: .longRunning,
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
        // A bit per link says whether it repeats; the earlier line is looked up only for the
        // findings that are listed (the sink builds no message for those it only counts).
        bytes.withUnsafeBufferPointer { buffer in
            var repeats = RepeatedRanges.repeats(in: buffer, count: links.count, listing: FindingCap.perRule + 1) {
                links[$0].destinationRange
            }
            for index in 0..<links.count where repeats.isRepeat(index) {
                let url = links[index].destinationRange
                findings.report(
                    range: url,
                    message: "URL \(Excerpt.quote(source, url)) is already listed at line \(source.lineNumber(at: links[repeats.first(of: index, in: buffer) { links[$0].destinationRange }].destinationRange.lowerBound)); keep one item for it")
            }
        }
    }
}
