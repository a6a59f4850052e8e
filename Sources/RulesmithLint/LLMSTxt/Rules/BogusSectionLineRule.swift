import RulesmithText

/// LT060: a line starting with `##` that is not a real H2 (in a code fence, or `###`).
struct BogusSectionLineRule: Rule {
    let description = RuleDescription(
        id: "LT060", name: "bogus-section-line",
        summary: "A '##' line that is not an H2 (inside a code fence, or '###')",
        rationale: """
        The reference parser splits the file with `re.split(r'^##\\s*(.*?$)', txt, flags=re.M)` \
        before it reads any Markdown, so every line that starts with `##` opens a section, \
        whatever it is: `### Setup` becomes the section `# Setup`, and an R or shell comment \
        `## …` inside a code fence opens a section whose remaining code (at the latest the \
        closing fence) makes it fail. Indent the code block, or avoid `##` at the start of its \
        lines; use H2 for sections. An H3 or deeper heading in the details or a section is \
        reported by LT020 or LT021, which say the same, and not again here.
        """,
        kinds: [.llmsTxt], tags: [.sections, .compat], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.head + "```r\n↓## fit the model\nfit <- lm(y ~ x)\n```\n"),
            Example(LLMSTxtExample.head + "<div>\n↓## inside HTML\n</div>\n"),
            Example("↓### Setup\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "```r\n  ## indented comment\n```\n"),
            Example(LLMSTxtExample.head + "    ## indented code\n"),
            Example(LLMSTxtExample.valid + "\n### Advanced\n\n- [Tuning](https://x.dev/tuning.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        let bytes = source.bytes
        let markdown = structure.markdown
        // H3+ headings that LT020 (details) and LT021 (sections) report: one cause, one finding.
        var reportedElsewhere = Set<Int>()
        func noteDeepHeading(_ index: Int) {
            if let level = markdown.blocks[index].headingLevel, level >= 3 { reportedElsewhere.insert(index) }
        }
        if structure.title != nil { structure.details.forEach(noteDeepHeading) }
        for section in structure.sections { section.blocks.forEach(noteDeepHeading) }
        // Lines and headings are both in document order: one cursor walks the headings.
        let headings = structure.headings
        var nextHeading = 0
        func isRealHeading(_ start: Int) -> Bool {
            while nextHeading < headings.count, headings[nextHeading].range.lowerBound < start { nextHeading += 1 }
            guard nextHeading < headings.count, headings[nextHeading].range.lowerBound == start else { return false }
            return headings[nextHeading].level == 2 && headings[nextHeading].style == .atx
        }
        for line in 0..<source.lineCount {
            let start = source.lineStarts[line]
            guard start + 1 < bytes.count, bytes[start] == 0x23, bytes[start + 1] == 0x23,
                  !isRealHeading(start) else { continue }
            let end = source.contentRange(ofLine: line).upperBound
            if let leafIndex = markdown.lines[line].leaf, reportedElsewhere.contains(leafIndex) { continue }
            let leaf = markdown.lines[line].leaf.map { markdown.blocks[$0] }
            if let leaf, leaf.kind == .paragraph, leaf.parent == nil,
               LLMSTxtStructure.unspacedHeading(bytes, start..<end) != nil {
                continue  // LT008 reports `##x`.
            }
            var name = start + 2
            while name < end, ByteClass.isWhitespace(bytes[name]) { name += 1 }
            let sectionName = Excerpt.quote(source, name..<end)
            let message: String
            if let leaf, leaf.isCode {
                message = "\(Excerpt.quote(source, start..<end)) inside a code block opens a section \(sectionName) for the reference parser, which then fails on the code after it; indent the code or change the line"
            } else if let leaf, case .heading(let level, false) = leaf.kind, level > 2 {
                message = "\(Excerpt.quote(source, start..<end)) opens a section \(sectionName) for the reference parser; use an H2 or plain text"
            } else {
                message = "\(Excerpt.quote(source, start..<end)) is not an H2, but the reference parser opens a section \(sectionName) here"
            }
            findings.append(Finding(range: start..<end, message: message))
        }
    }
}
