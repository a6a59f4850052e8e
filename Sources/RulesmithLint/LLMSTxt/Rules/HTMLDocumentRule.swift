import RulesmithText

/// LT080: the file is an HTML page rather than Markdown.
struct HTMLDocumentRule: Rule {
    let description = RuleDescription(
        id: "LT080", name: "html-document",
        summary: "The file is an HTML page, not Markdown",
        rationale: """
        A site that serves its 404 page or a rendered page at `/llms.txt` gives consumers HTML \
        where the proposal expects Markdown starting with `# Project`. The reference parser finds \
        no H1 and fails with a `TypeError`. When the file is HTML, the other layout rules stay \
        quiet: this one finding says what is wrong.
        """,
        kinds: [.llmsTxt], tags: ["structure"], defaultSeverity: .error,
        triggering: [
            Example("↓<!DOCTYPE html>\n<html>\n<head><title>Docs</title></head>\n<body><h1>Docs</h1></body>\n</html>\n"),
            Example("\n  ↓<HTML lang=\"en\">\n<body>Not found</body>\n</HTML>\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "<!-- generated -->\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"),
            Example("<html-like> text\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.isHTMLDocument, let first = structure.topLevel.first else { return [] }
        let start = structure.markdown.blocks[first].range.lowerBound
        let line = start..<document.source.lineEnd(at: start)
        return [Finding(
            range: line,
            message: "\(Excerpt.quote(document.source, line)): the file is an HTML page; serve the llms.txt Markdown source (starting with '# Project') instead")]
    }
}
