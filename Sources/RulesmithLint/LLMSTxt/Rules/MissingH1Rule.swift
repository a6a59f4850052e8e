import RulesmithText

/// LT004: no H1 names the project, or an H2 comes before it.
struct MissingH1Rule: Rule {
    let description = RuleDescription(
        id: "LT004", name: "missing-h1",
        summary: "No ATX H1 with the project name, or an H2 before the H1",
        rationale: """
        The H1 with the project name is the only part the proposal requires, and it must come \
        first. The reference parser looks for `# ` at the start of the text before the first `##`; \
        without it (or with an H2 first) the header pattern fails and it crashes with a \
        `TypeError`. Start the file with `# Project name`.
        """,
        kinds: [.llmsTxt], tags: ["title"], defaultSeverity: .error,
        triggering: [
            Example("↓Project docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example("↓## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example("↓## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n\n# Project\n"),
            Example("> Summary.\n\n↓## Docs\n\n# Project\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n"),
            Example(""),
            Example("<!DOCTYPE html>\n<html></html>\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, structure.title == nil, let first = structure.topLevel.first else { return [] }
        let source = document.source
        if let section = structure.sections.first, !structure.lateTitles.isEmpty {
            let title = structure.lateTitles[0]
            return [Finding(
                range: section.heading.range,
                message: "H2 \(Excerpt.quote(source, section.heading.nameRange)) comes before the H1 \(Excerpt.quote(source, title.nameRange)) (line \(source.lineNumber(at: title.range.lowerBound))); the H1 must come first")]
        }
        let start = structure.markdown.blocks[first].range.lowerBound
        return [Finding(
            range: start..<source.lineEnd(at: start),
            message: "no H1 in the file; an llms.txt starts with '# Project name', and the reference parser fails without it")]
    }
}
