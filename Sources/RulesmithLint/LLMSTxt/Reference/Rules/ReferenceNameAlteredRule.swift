import RulesmithText

/// REF007: the reference parser reads the title or a section name differently from Markdown.
struct ReferenceNameAlteredRule: Rule {
    let description = RuleDescription(
        id: "REF007", name: "reference-name-altered",
        summary: "The reference parser reads the title or a section name differently",
        rationale: """
        The reference parser takes names straight from the line: trailing blanks and closing \
        `#`s stay in a section name (`Docs ##`), CRLF files leave a carriage return in the title \
        and every section name, and an empty `#` or `##` takes the next non-blank line as its \
        name, because `\\s*` crosses line breaks. Lookups by name (`Optional`) then miss. Runs \
        with `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: [.compat], defaultSeverity: .warning, traits: [.optIn, .compat],
        triggering: [
            Example(ReferenceExample.head + "↓## Optional ##\n- [Blog](https://x.dev/blog.md)\n"),
            Example("↓# Project\r\n\r\n> Summary.\r\n\r\nDetails.\r\n\r\n↓## Docs\r\n- [Guide](https://x.dev/guide.md)\r\n"),
            Example("↓#\n\n> Summary.\n\nDetails.\n"),
            Example("↓# Project #\n\n> Summary.\n\nDetails.\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.valid + "## API\n- [API](https://x.dev/api.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        guard let parse = document.reference.parse else { return }
        let structure = document.llmsTxt
        let source = document.source
        let bytes = source.bytes
        if let title = structure.title, title.style == .atx, title.range.lowerBound == parse.headerStart,
           !bytes[title.nameRange].elementsEqual(bytes[parse.title]) {
            findings.append(Finding(
                range: title.range,
                message: "the reference parser reads the title as \(Excerpt.quote(source, parse.title)) where Markdown reads \(Excerpt.quote(source, title.nameRange))"))
        }
        for section in parse.sections {
            section.forEachHeader { header in
                guard let heading = structure.heading(startingAt: header.lowerBound), heading.level == 2, heading.style == .atx
                else { return }
                let name = heading.nameRange
                let referenceName = section.name
                if !bytes[name].elementsEqual(bytes[referenceName]) {
                    findings.append(Finding(
                        range: header.lowerBound..<source.lineEnd(at: header.lowerBound),
                        message: "the reference parser names this section \(Excerpt.quote(source, referenceName)) where Markdown reads \(Excerpt.quote(source, name))"))
                }
            }
        }
    }
}
