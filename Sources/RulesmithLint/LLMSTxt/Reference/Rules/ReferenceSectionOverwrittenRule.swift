import RulesmithText

/// REF006: a section the reference parser overwrites with a later one of the same name.
struct ReferenceSectionOverwrittenRule: Rule {
    let description = RuleDescription(
        id: "REF006", name: "reference-section-overwritten",
        summary: "A section the reference parser replaces with a later one of the same name",
        rationale: """
        The reference parser collects sections in a dictionary keyed by the exact name, so a \
        later section with the same name (after its `##` line is read, trailing blanks and all) \
        replaces the earlier one, whose links vanish from the result. Runs with \
        `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: [.compat], defaultSeverity: .warning, traits: [.optIn, .compat],
        triggering: [
            Example(ReferenceExample.head + "↓## Docs\n- [a](https://x.dev/a.md)\n## API\n- [b](https://x.dev/b.md)\n## Docs\n- [c](https://x.dev/c.md)\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.head + "## Docs\n- [a](https://x.dev/a.md)\n## Docs \n- [c](https://x.dev/c.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        guard let parse = document.reference.parse else { return }
        let source = document.source
        for section in parse.sections {
            let kept = source.lineNumber(at: section.header.lowerBound)
            for header in section.replaced {
                findings.append(Finding(
                    range: header,
                    message: "the reference parser replaces section \(Excerpt.quote(source, section.name)) with the one at line \(kept), and the links here are lost"))
            }
        }
    }
}
