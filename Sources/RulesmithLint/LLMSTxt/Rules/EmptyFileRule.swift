/// LT003: the file is empty or holds only whitespace.
struct EmptyFileRule: Rule {
    let description = RuleDescription(
        id: "LT003", name: "empty-file",
        summary: "The file is empty or holds only whitespace",
        rationale: """
        The H1 with the project name is the one part the proposal requires, so an empty llms.txt \
        tells a model nothing; the reference parser's header pattern finds no `#` and it fails with \
        a `TypeError`. Write at least `# Project name`, ideally with a `> summary` and a section of \
        links, or delete the file.
        """,
        kinds: [.llmsTxt], tags: ["structure"], defaultSeverity: .error,
        triggering: [
            Example("↓"),
            Example("↓\n\n   \n"),
            Example("↓\u{FEFF}"),
        ],
        nonTriggering: [
            Example("# Project\n"),
            Example(LLMSTxtExample.valid),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.isBlank, document.source.isValidUTF8 else { return [] }
        let count = document.source.bytes.count
        let message = count <= structure.bomLength
            ? "the file is empty; an llms.txt needs at least '# Project name'"
            : "the file holds only whitespace; an llms.txt needs at least '# Project name'"
        return [Finding(range: 0..<count, message: message)]
    }
}
