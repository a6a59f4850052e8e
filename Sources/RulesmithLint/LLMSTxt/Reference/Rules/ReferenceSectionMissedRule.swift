import RulesmithText

/// REF008: a Markdown H2 the reference parser does not see as a section.
struct ReferenceSectionMissedRule: Rule {
    let description = RuleDescription(
        id: "REF008", name: "reference-section-missed",
        summary: "A Markdown H2 that the reference parser does not see as a section",
        rationale: """
        Only lines that start with `##` in the first column split sections. A setext H2 \
        (`Docs` over `---`), an H2 indented by one to three spaces, or an H2 right after an \
        empty `##` (which swallows it as its name) is a section to every Markdown reader but \
        not to the reference parser: its links land in the previous section or in `info`, and \
        are never expanded. Runs with `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: [.compat], defaultSeverity: .warning, traits: [.optIn, .compat],
        triggering: [
            Example(ReferenceExample.head + "↓API\n---\n\n- [API](https://x.dev/api.md)\n"),
            Example(ReferenceExample.head + "  ↓## API\n\n- [API](https://x.dev/api.md)\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.valid + "\n## API\n\n- [API](https://x.dev/api.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        guard let parse = document.reference.parse else { return }
        let source = document.source
        // Sorted 32-bit offsets, searched: a set of a million headers cost tens of megabytes.
        var starts: [UInt32] = []
        for section in parse.sections {
            starts.append(UInt32(truncatingIfNeeded: section.header.lowerBound))
            for header in section.replaced { starts.append(UInt32(truncatingIfNeeded: header.lowerBound)) }
        }
        starts.sort()
        func isStart(_ offset: Int) -> Bool {
            let low = SortedSearch.first(in: starts.indices) { Int(starts[$0]) < offset }
            return low < starts.count && Int(starts[low]) == offset
        }
        for section in document.llmsTxt.sections {
            let heading = section.heading
            guard heading.style != .unspaced, !isStart(heading.range.lowerBound) else { continue }
            findings.append(Finding(
                range: heading.range,
                message: "Markdown reads H2 \(Excerpt.quote(source, heading.nameRange)) here, but the reference parser does not start a section at it; write '## \(Excerpt.text(source, heading.nameRange))' at the start of the line"))
        }
    }
}
