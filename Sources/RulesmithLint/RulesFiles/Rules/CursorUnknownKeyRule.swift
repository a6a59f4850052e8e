/// MDC003: a Cursor frontmatter key Cursor does not read.
struct CursorUnknownKeyRule: Rule {
    static let knownKeys = ["description", "globs", "alwaysApply"]

    let description = RuleDescription(
        id: "MDC003", name: "unknown-mdc-key",
        summary: "The .mdc frontmatter has a key Cursor does not read",
        rationale: """
            Cursor reads exactly three keys: description, globs and alwaysApply. Any other key is \
            ignored, and a misspelt one (alwaysapply, glob) silently leaves the rule without the \
            activation the author wrote.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter"], defaultSeverity: .warning,
        triggering: [
            Example("---\n↓alwaysapply: true\n---\nBody\n", kind: .cursorMdc),
            Example("---\ndescription: Web\n↓applyTo: \"**/*.ts\"\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\ndescription: Web\nglobs: \"**/*.ts\"\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        return document.analysis(Frontmatter.self).entries.filter { !Self.knownKeys.contains($0.key) }.map { entry in
            var message = "unknown key '\(entry.key)'; Cursor reads only description, globs and alwaysApply"
            if let suggestion = RulesFileSupport.suggestion(for: entry.key, in: Self.knownKeys) {
                message = "unknown key '\(entry.key)'; did you mean '\(suggestion)'? Cursor reads only description, globs and alwaysApply"
            }
            return Finding(range: entry.keyRange, message: message)
        }
    }
}
