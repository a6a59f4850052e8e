import RulesmithText

/// LT031: two H2 sections with the same name.
struct DuplicateSectionRule: Rule {
    let description = RuleDescription(
        id: "LT031", name: "duplicate-section",
        summary: "Two sections with the same H2 name",
        rationale: """
        Section names are keys: the reference parser stores sections in a dictionary, so the \
        later section overwrites the earlier one and its links are lost without a word. Merge \
        the two lists, or give the sections distinct names.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "\n## API\n\n- [API](https://x.dev/api.md)\n\n↓## Docs\n\n- [More](https://x.dev/more.md)\n"),
            Example(LLMSTxtExample.head + "## Docs\n- [a](https://x.dev/a.md)\n↓## Docs\n- [b](https://x.dev/b.md)\n↓## Docs ##\n- [c](https://x.dev/c.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid + "\n## docs\n\n- [More](https://x.dev/more.md)\n"),
            Example(LLMSTxtExample.valid + "\n## Docs (archive)\n\n- [Old](https://x.dev/old.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        let sections = structure.sections
        // Repeats found by the byte hash tables the URL check uses (a few bytes per named
        // section), not a dictionary of name slices: a file of a million distinct `## ` names
        // held 40 bytes and more per section. Only named sections go in (a packed list, one
        // record for a run of them); empty names repeat like any other and are matched below,
        // so a million `## ` lines build no table at all.
        var named = BlockIndices()
        for index in 0..<sections.count where !sections[index].heading.nameRange.isEmpty { named.append(index) }
        let namedFirsts = source.bytes.withUnsafeBufferPointer { buffer in
            RepeatedRanges.firstOccurrences(in: buffer, count: named.count) { sections[named[$0]].heading.nameRange }
        }
        var firstUnnamed: Int?
        var nextNamed = 0
        for index in 0..<sections.count {
            let heading = sections[index].heading
            var first: Int?
            if heading.nameRange.isEmpty {
                first = firstUnnamed
                if firstUnnamed == nil { firstUnnamed = index }
            } else {
                let earlier = namedFirsts[nextNamed]
                if earlier >= 0 { first = named[Int(earlier)] }
                nextNamed += 1
            }
            guard let first else { continue }
            findings.report(
                range: heading.range,
                message: "section \(Excerpt.quote(source, heading.nameRange)) already appears at line \(source.lineNumber(at: sections[first].heading.range.lowerBound)); the reference parser keeps only the last one, so the earlier links are lost")
        }
    }
}
