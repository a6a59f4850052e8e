import RulesmithText

/// LT032: an H2 whose name carries trailing blanks or closing `#`s, is empty, or is setext.
struct MalformedSectionNameRule: Rule {
    let description = RuleDescription(
        id: "LT032", name: "malformed-section-name",
        summary: "An H2 name with trailing spaces or closing #s, an empty H2, or a setext H2",
        rationale: """
        CommonMark drops trailing blanks and closing `#`s from a heading, but the reference \
        parser's `^##\\s*(.*?$)` keeps them in the section name, so `## Docs ##` is the section \
        `Docs ##` and `## Optional ` is not skipped as `Optional`. An empty `##` makes it take \
        the next line as the name, and a setext H2 (`Docs` over `---`) is not a section to it at \
        all. The safe fix removes the trailing characters, or rewrites a one-line setext H2 as \
        `## Name`; an empty H2 needs a name written by hand.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .warning, fix: .safe,
        triggering: [
            Example(LLMSTxtExample.head + "## Docs↓ ##\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.head + "## Docs↓   \n\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.head + "↓##\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.head + "↓Docs\n----\n\n- [Guide](https://x.dev/guide.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "## C# tools\n\n- [Guide](https://x.dev/guide.md)\n"),
        ],
        corrections: [
            Correction(
                Example(LLMSTxtExample.head + "## Docs↓ ##\n- [Guide](https://x.dev/guide.md)\n"),
                LLMSTxtExample.head + "## Docs\n- [Guide](https://x.dev/guide.md)\n"),
            Correction(
                Example(LLMSTxtExample.head + "## Optional↓\t \n- [Guide](https://x.dev/guide.md)\n"),
                LLMSTxtExample.head + "## Optional\n- [Guide](https://x.dev/guide.md)\n"),
            Correction(
                Example(LLMSTxtExample.head + "↓Docs\n---\n- [Guide](https://x.dev/guide.md)\n"),
                LLMSTxtExample.head + "## Docs\n- [Guide](https://x.dev/guide.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        for section in structure.sections {
            let heading = section.heading
            let name = heading.nameRange
            switch heading.style {
            case .unspaced:
                continue
            case .setext:
                let oneLine = source.lineIndex(ofByte: name.lowerBound) == source.lineIndex(ofByte: max(name.lowerBound, name.upperBound - 1))
                findings.append(Finding(
                    range: heading.range,
                    message: "setext H2 \(Excerpt.quote(source, name)) (underlined with '-'); write '## \(Excerpt.text(source, name))', the only form the reference parser reads as a section",
                    fix: oneLine ? Fix(.safe, title: "Write the H2 as '## Name'", edits: [TextEdit(range: heading.range, replacement: "## " + source.string(name))]) : nil))
            case .atx:
                let lineEnd = source.lineEnd(at: heading.range.lowerBound)
                if name.isEmpty {
                    findings.report(
                        range: heading.range,
                        message: "H2 with no name; the reference parser takes the next non-blank line as the section name")
                } else if name.upperBound < lineEnd {
                    let trailing = name.upperBound..<lineEnd
                    findings.append(Finding(
                        range: trailing,
                        message: "H2 \(Excerpt.quote(source, name)) ends with \(Excerpt.quote(source, trailing)); the reference parser keeps it in the section name \(Excerpt.quote(source, name.lowerBound..<lineEnd))",
                        fix: Fix(.safe, title: "Remove the trailing characters", edits: [TextEdit(range: trailing, replacement: "")])))
                }
            }
        }
    }
}
