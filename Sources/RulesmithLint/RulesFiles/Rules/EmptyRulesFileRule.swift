import RulesmithEditors

/// RF001: a rules file with nothing for the editor to read.
struct EmptyRulesFileRule: Rule {
    let description = RuleDescription(
        id: "RF001", name: "empty-rules-file",
        summary: "The rules file is empty, only whitespace, or only frontmatter",
        rationale: """
            An editor loads an empty rules file without complaint and gains nothing from it, so the \
            instructions someone meant to write there never reach the model. It usually marks a \
            generator that failed or a placeholder that was committed; fill it or delete it. (An \
            empty body under Cursor frontmatter is MDC007.)
            """,
        kinds: FileKind.rulesFiles, tags: ["rules-files", "content"], defaultSeverity: .warning,
        triggering: [
            Example("↓", kind: .agentsMd),
            Example("↓  \n\n", kind: .claudeMd),
            Example("↓---\napplyTo: \"**/*.ts\"\n---\n\n", kind: .copilotInstructions),
        ],
        nonTriggering: [
            Example("# Rules\n\nUse bun.\n", kind: .agentsMd),
            Example("---\nalwaysApply: true\n---\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let bytes = document.source.bytes
        if RulesFileSupport.isBlank(bytes, from: 0) {
            let message = bytes.isEmpty ? "empty file; the editor loads nothing from it" : "only whitespace; the editor loads nothing from it"
            return [Finding(range: RulesFileSupport.firstLine(document), message: message)]
        }
        guard document.kind != .cursorMdc else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isPresent, frontmatter.closingRange != nil,
              RulesFileSupport.isBlank(bytes, from: frontmatter.bodyStart) else { return [] }
        return [Finding(range: RulesFileSupport.firstLine(document), message: "only frontmatter; no instructions follow it")]
    }
}
