/// MDC005: a Cursor `globs` pattern that cannot match as written.
struct CursorInvalidGlobRule: Rule {
    let description = RuleDescription(
        id: "MDC005", name: "invalid-mdc-glob",
        summary: "A pattern in globs is empty, malformed, or cannot match a workspace path",
        rationale: """
            Cursor attaches a rule to files whose workspace-relative path matches one of its globs \
            (a comma-separated string; YAML lists are accepted too). A pattern with an unclosed \
            '{' or '[', an absolute path, a './' prefix or Windows backslashes never matches, so \
            the rule is silently never attached. Unquoted globs such as globs: **/*.ts are what \
            Cursor writes and are fine.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter", "globs"], defaultSeverity: .error,
        triggering: [
            Example("---\nglobs: src/**/*.↓{ts,tsx\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: [\"↓./src/**/*.ts\", '↓C:↓\\code\\*.ts']\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: *.ts,↓,*.tsx\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\nglobs: **/*.ts\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: src/**/*.{ts,tsx},docs/*.md\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: [\"*.md\", \"*.mdc\"]\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs:\n---\nBody\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let entry = document.analysis(Frontmatter.self).entry("globs") else { return [] }
        if entry.value == .nested {
            return [Finding(range: entry.valueRange, message: "globs is a map; Cursor expects a comma-separated string such as src/**/*.ts,src/**/*.tsx")]
        }
        let patterns = FrontmatterGlobs.patterns(of: entry.value, in: document.source)
        return FrontmatterGlobs.issueFindings(patterns, dialect: .cursor)
    }
}
