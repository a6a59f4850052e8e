import RulesmithText

/// LT022: an H1 after the first H2.
struct H1AfterSectionsRule: Rule {
    let description = RuleDescription(
        id: "LT022", name: "h1-after-sections",
        summary: "An H1 after the sections have started",
        rationale: """
        The H1 opens the file; after the first H2 only sections of links follow. The reference \
        parser reads an H1 line inside a section as a link item, cannot match it, and fails with \
        an `AttributeError`. Pages concatenated by a site generator (pkgdown) produce this shape: \
        make each extra H1 an H2 section, or split the file.
        """,
        kinds: [.llmsTxt], tags: ["structure", "sections"], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.valid + "\n↓# Reference\n\n## Functions\n\n- [f](https://x.dev/f.md)\n"),
            Example("## Docs\n\n- [Guide](https://x.dev/guide.md)\n\n↓# Project\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "\n```sh\n# comment\n```\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        return structure.lateTitles.map { heading in
            Finding(
                range: heading.range,
                message: "H1 \(Excerpt.quote(source, heading.nameRange)) after the sections; only H2 sections of links follow the first H2, and the reference parser fails on this line")
        }
    }
}
