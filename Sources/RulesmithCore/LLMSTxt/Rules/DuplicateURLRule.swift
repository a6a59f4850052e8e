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
        var seen: [ArraySlice<UInt8>: Int] = [:]
        var findings: [Finding] = []
        for (_, _, link) in structure.itemLinks where !link.destinationRange.isEmpty {
            let url = source.bytes[link.destinationRange]
            if let line = seen[url] {
                findings.append(Finding(
                    range: link.destinationRange,
                    message: "URL \(Excerpt.quote(source, link.destinationRange)) is already listed at line \(line); keep one item for it"))
            } else {
                seen[url] = source.lineNumber(at: link.destinationRange.lowerBound)
            }
        }
        return findings
    }
}
