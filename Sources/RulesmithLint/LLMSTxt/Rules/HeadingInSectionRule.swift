import RulesmithText

/// LT021: an H3–H6 heading inside an H2 section.
struct HeadingInSectionRule: Rule {
    let description = RuleDescription(
        id: "LT021", name: "heading-in-section",
        summary: "An H3 or deeper heading inside a section",
        rationale: """
        The proposal's sections are flat: an H2 and a list of links. The reference parser splits \
        at every line that starts with `##`, so `### Guides` becomes a separate section named \
        `# Guides`, and tools that look up sections by name find neither. Make each sub-heading \
        an H2 section of its own.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "\n↓### Advanced\n\n- [Tuning](https://x.dev/tuning.md)\n"),
            Example(LLMSTxtExample.head + "## Docs\n↓#### API\n- [API](https://x.dev/api.md)\n↓###### Deepest\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "\n## Advanced\n\n- [Tuning](https://x.dev/tuning.md)\n"),
            Example(LLMSTxtExample.valid + "- [x](https://x.dev/x.md): see ### in the notes\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    // Reported as found: a file of a million such lines never holds their findings in a list.
    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        for section in structure.sections {
            for index in section.blocks {
                guard let heading = LLMSTxtStructure.heading(structure.markdown.blocks[index], index, source),
                      heading.level >= 3, heading.style != .unspaced else { continue }
                findings.append(Finding(
                    range: heading.range,
                    message: "H\(heading.level) \(Excerpt.quote(source, heading.nameRange)) inside section \(Excerpt.quote(source, section.heading.nameRange)); sections are flat, and the reference parser reads it as a section '\(String(repeating: "#", count: heading.level - 2)) \(Excerpt.text(source, heading.nameRange))'"))
            }
        }
    }
}
