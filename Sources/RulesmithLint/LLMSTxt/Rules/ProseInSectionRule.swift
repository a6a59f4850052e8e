import RulesmithText

/// LT040: a paragraph, code block, quote or HTML block inside an H2 section.
struct ProseInSectionRule: Rule {
    let description = RuleDescription(
        id: "LT040", name: "prose-in-section",
        summary: "A paragraph, code block or HTML comment inside a section",
        rationale: """
        A section is an H2 followed by a list of links and nothing else; explanations belong in \
        the details above the first H2 or in the notes after each link. The reference parser \
        reads every non-blank line of a section as a link item and fails with an \
        `AttributeError` on the first line that is not one, so tools built on it reject the \
        whole file.
        """,
        kinds: [.llmsTxt], tags: [.sections], defaultSeverity: .error,
        triggering: [
            Example(LLMSTxtExample.head + "## Docs\n\n↓Start with the guide.\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example(LLMSTxtExample.valid + "\n↓```sh\npip install project\n```\n"),
            Example(LLMSTxtExample.valid + "↓<!-- more to come -->\n"),
            Example(LLMSTxtExample.valid + "\n↓> Note: links move.\n\n↓---\n"),
            Example(LLMSTxtExample.valid + "\n- [API](https://x.dev/api.md)\n\n      ↓indented code in an item\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "Prose in the details is fine.\n\n```sh\npip install project\n```\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let blocks = structure.markdown.blocks
        var findings: [Finding] = []
        for section in structure.sections {
            let name = Excerpt.quote(source, section.heading.nameRange)
            for index in section.blocks {
                if case .list = blocks[index].kind { continue }
                if LLMSTxtStructure.heading(blocks[index], index, source) != nil { continue }
                findings.append(finding(blocks[index], source, section: name))
            }
            for item in section.items {
                for index in structure.extraBlocks(of: item) where blocks[index].kind != .paragraph {
                    findings.append(finding(blocks[index], source, section: name))
                }
            }
        }
        return findings
    }

    private func finding(_ block: MarkdownBlock, _ source: SourceText, section: String) -> Finding {
        let start = block.range.lowerBound
        let line = start..<source.lineEnd(at: start)
        let what: String
        switch block.kind {
        case .fencedCode, .indentedCode: what = "code block"
        case .html(type: 2): what = "HTML comment"
        case .html: what = "HTML block"
        case .blockQuote: what = "blockquote"
        case .thematicBreak: what = "thematic break"
        default: what = "paragraph"
        }
        return Finding(
            range: block.range,
            message: "\(what) \(Excerpt.quote(source, line)) inside section \(section); a section holds only '- [name](url): notes' items, and the reference parser fails on this line")
    }
}
