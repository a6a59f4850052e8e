import RulesmithText

/// LT007: the H1 is written as a setext heading (underlined with `===`).
struct SetextH1Rule: Rule {
    let description = RuleDescription(
        id: "LT007", name: "setext-h1",
        summary: "An H1 written as a setext heading",
        rationale: """
        CommonMark accepts `Title` underlined with `===` as an H1, but the proposal writes \
        `# Title`, and the reference parser only recognises the `#` form: with a setext title it \
        finds no header and fails with a `TypeError`. The safe fix rewrites a one-line setext H1 \
        as `# Title`, which renders the same.
        """,
        kinds: [.llmsTxt], tags: ["structure", "title"], defaultSeverity: .error, fix: .safe,
        triggering: [
            Example("↓Project\n=======\n\n> Summary.\n"),
            Example("# Project\n\n> Summary.\n\n↓Other\n===\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n\nDocs\n----\n\n- [Guide](https://x.dev/guide.md): setup\n"),
        ],
        corrections: [
            Correction(Example("↓Project\n=======\n\n> Summary.\n"), "# Project\n\n> Summary.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        return structure.headings.filter { $0.level == 1 && $0.style == .setext }.map { heading in
            let name = heading.nameRange
            let oneLine = source.lineIndex(ofByte: name.lowerBound) == source.lineIndex(ofByte: max(name.lowerBound, name.upperBound - 1))
            let fix = oneLine
                ? Fix(.safe, title: "Write the H1 as '# Title'", edits: [TextEdit(range: heading.range, replacement: "# " + source.string(name))])
                : nil
            return Finding(
                range: heading.range,
                message: "setext H1 \(Excerpt.quote(source, name)) (underlined with '='); write '# \(Excerpt.text(source, name))', the only form the reference parser reads",
                fix: fix)
        }
    }
}
