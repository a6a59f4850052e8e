import RulesmithText

/// LT006: a second H1 before the sections.
struct MultipleH1Rule: Rule {
    let description = RuleDescription(
        id: "LT006", name: "multiple-h1",
        summary: "More than one H1",
        rationale: """
        An llms.txt has exactly one H1: the project name. A second H1 is not a title to the \
        reference parser; it lands in the `info` text with a literal `#`, and a summary after it \
        is not recognised. Make the second heading part of the H1, a details paragraph, or an H2 \
        section. Reported once, at the second H1; an H1 after the first H2 is LT022's and is not \
        reported again here.
        """,
        kinds: [.llmsTxt], tags: [.structure, .title], defaultSeverity: .error,
        triggering: [
            Example("# llms.txt\n↓# Website: Project\n\n> Summary.\n"),
            Example("# Project\n\n> Summary.\n\n↓# Overview\n\nText.\n\n# More\n\n## Docs\n"),
            Example("# Project\n\n↓# Overview\n\n## Docs\n\n# Late\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n\n> Summary.\n\n```md\n# Not a heading\n```\n"),
            Example("# Project\n\n> # Quoted heading\n"),
            Example(LLMSTxtExample.valid + "\n# Package index\n\n## Functions\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        // An H1 after the sections is LT022's: one cause, reported once. Counted in one pass
        // over the headings, not gathered: a file of a million `# ` lines made two lists of them.
        var first: LLMSTxtHeading?
        var second: LLMSTxtHeading?
        var extraCount = 0
        for heading in structure.headings {
            if heading.level == 2 { break }
            guard heading.level == 1 else { continue }
            if first == nil {
                first = heading
            } else {
                if second == nil { second = heading }
                extraCount += 1
            }
        }
        guard let first, let second else { return [] }
        let more = extraCount > 1 ? " and \(extraCount - 1) more" : ""
        return [Finding(
            range: second.range,
            message: "second H1 \(Excerpt.quote(source, second.nameRange))\(more) after \(Excerpt.quote(source, first.nameRange)) (line \(source.lineNumber(at: first.range.lowerBound))); llms.txt has exactly one H1, the project name")]
    }
}
