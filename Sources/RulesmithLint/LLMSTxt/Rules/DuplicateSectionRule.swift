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
        // Repeats found by the byte hash tables the URL check uses (a bit per named section,
        // the earlier line looked up only for the findings that are listed), not a dictionary
        // of name slices: a file of a million distinct `## ` names held 40 bytes and more per
        // section. Only named sections go in (a packed list, one record for a run of them);
        // empty names repeat like any other and are matched below, so a million `## ` lines
        // build no table at all.
        var positions = BlockIndices()
        for index in 0..<sections.count where !sections[index].heading.nameRange.isEmpty { positions.append(index) }
        let named = positions
        source.bytes.withUnsafeBufferPointer { buffer in
            var repeats = RepeatedRanges.repeats(in: buffer, count: named.count, listing: FindingCap.perRule + 1) {
                sections[named[$0]].heading.nameRange
            }
            var firstUnnamed: Int?
            var nextNamed = 0
            for index in 0..<sections.count {
                let heading = sections[index].heading
                // The earlier section: an unnamed one, or a named one looked up by its place.
                var earlierUnnamed = -1
                var repeatedName = -1
                if heading.nameRange.isEmpty {
                    if let firstUnnamed { earlierUnnamed = firstUnnamed } else { firstUnnamed = index }
                } else {
                    if repeats.isRepeat(nextNamed) { repeatedName = nextNamed }
                    nextNamed += 1
                }
                guard earlierUnnamed >= 0 || repeatedName >= 0 else { continue }
                findings.report(
                    range: heading.range,
                    message: "section \(Excerpt.quote(source, heading.nameRange)) already appears at line \(source.lineNumber(at: sections[earlierUnnamed >= 0 ? earlierUnnamed : named[repeats.first(of: repeatedName, in: buffer) { sections[named[$0]].heading.nameRange }]].heading.range.lowerBound)); the reference parser keeps only the last one, so the earlier links are lost")
            }
        }
    }
}
