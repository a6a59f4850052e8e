import RulesmithText

/// LT008: `#x` / `##x` lines, which are not headings in CommonMark.
struct HeadingWithoutSpaceRule: Rule {
    let description = RuleDescription(
        id: "LT008", name: "heading-without-space",
        summary: "`#Title` or `##Section` without a space after the `#`s",
        rationale: """
        CommonMark needs a space after the `#`s of a heading: `##Docs` is a paragraph to every \
        Markdown renderer, while the reference parser, whose patterns are `^#\\s*` and `^##\\s*`, \
        takes it for a heading. The same file then means two different things. The safe fix \
        inserts the space, which is what the author meant.
        """,
        kinds: [.llmsTxt], tags: ["structure", "title", "sections"], defaultSeverity: .error, fix: .safe,
        triggering: [
            Example("↓#Project\n\n> Summary.\n"),
            Example(LLMSTxtExample.head + "↓##Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example(LLMSTxtExample.head + "Text that goes on\n↓##and a line\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "Issue #42 is fixed.\n"),
            Example(LLMSTxtExample.head + "    #!/bin/sh\n"),
            Example("# Project #\n"),
        ],
        corrections: [
            Correction(Example("↓#Project\n\n> Summary.\n"), "# Project\n\n> Summary.\n"),
            Correction(Example(LLMSTxtExample.head + "↓###Guides\n"), LLMSTxtExample.head + "### Guides\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let markdown = structure.markdown
        var findings: [Finding] = []
        for index in structure.topLevel where markdown.blocks[index].kind == .paragraph {
            for line in markdown.blocks[index].lines {
                let start = line == markdown.blocks[index].lines.lowerBound
                    ? markdown.blocks[index].range.lowerBound : markdown.lines[line].contentStart
                let end = source.contentRange(ofLine: line).upperBound
                guard let (level, name) = LLMSTxtStructure.unspacedHeading(source.bytes, start..<end) else { continue }
                let hashes = String(repeating: "#", count: level)
                findings.append(Finding(
                    range: start..<end,
                    message: "\(Excerpt.quote(source, start..<end)) is not a heading in CommonMark, but the reference parser reads it as one; write '\(hashes) \(Excerpt.text(source, name))'",
                    fix: Fix(.safe, title: "Insert a space after '\(hashes)'", edits: [TextEdit(range: name.lowerBound..<name.lowerBound, replacement: " ")])))
            }
        }
        return findings
    }
}
