/// MDC002: Cursor frontmatter that cannot be read even the lenient way Cursor reads it.
struct CursorUnreadableFrontmatterRule: Rule {
    let description = RuleDescription(
        id: "MDC002", name: "unreadable-mdc-frontmatter",
        summary: "The .mdc frontmatter cannot be read, even leniently",
        rationale: """
            Cursor's frontmatter is not strict YAML: it writes globs: **/*.ts unquoted and accepts \
            comma lists, so those are not errors here (strict YAML parsers reject them, which is \
            where other linters' false alarms come from). What Cursor cannot read either is \
            reported: a block that is never closed, text after a closing quote such as \
            globs: "*.jira", "*.confluence", unbalanced brackets, or nested YAML that does not \
            parse. An unreadable block means the rule's activation settings are lost.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter"], defaultSeverity: .error,
        triggering: [
            Example("---\ndescription: Jira\n↓globs: \"*.jira\", \"*.confluence\"\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
            Example("↓---\nalwaysApply: true\n\nBody without a closing line\n", kind: .cursorMdc),
            Example("---\n↓globs: [\"*.md\", \"*.mdc\"\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\nglobs: *.rs\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
            Example("---\ndescription: \nglobs: [\"*.md\", \"*.mdc\"]\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
            Example("---\ndescription: Use: this rule # a comment\nglobs: src/**/*.ts,src/**/*.tsx\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs:\n  - \"**/*.ts\"\n  - src/**\nmetadata:\n  owner: web\n---\nBody\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let error = document.analysis(Frontmatter.self).error else { return [] }
        return [Finding(range: error.range, message: "frontmatter unreadable: \(error.message)")]
    }
}
