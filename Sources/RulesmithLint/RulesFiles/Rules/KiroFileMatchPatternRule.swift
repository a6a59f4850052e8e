/// KR002: `inclusion: fileMatch` without a usable `fileMatchPattern`.
struct KiroFileMatchPatternRule: Rule {
    let description = RuleDescription(
        id: "KR002", name: "file-match-without-pattern",
        summary: "inclusion: fileMatch without a valid fileMatchPattern",
        rationale: """
            With inclusion: fileMatch, Kiro includes the steering file when a file matching \
            fileMatchPattern (a string or a list) is in context. Without a pattern, or with a \
            malformed one, it is never included.
            """,
        kinds: [.kiroSteering], tags: ["kiro", "frontmatter", "globs"], defaultSeverity: .error,
        triggering: [
            Example("---\ninclusion: ↓fileMatch\n---\nBody\n", kind: .kiroSteering),
            Example("---\ninclusion: fileMatch\nfileMatchPattern: [\"↓./src/*.ts\", \"docs/**\"]\n---\nBody\n", kind: .kiroSteering),
        ],
        nonTriggering: [
            Example("---\ninclusion: fileMatch\nfileMatchPattern: \"components/**/*.tsx\"\n---\nBody\n", kind: .kiroSteering),
            Example("---\ninclusion: fileMatch\nfileMatchPattern:\n  - \"*.ts\"\n  - \"*.tsx\"\n---\nBody\n", kind: .kiroSteering),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard let inclusion = frontmatter.entry("inclusion"), let scalar = inclusion.value.scalar, scalar.text == "fileMatch" else { return [] }
        let patterns = frontmatter.entry("fileMatchPattern").map { FrontmatterGlobs.patterns(of: $0.value, in: document.source) } ?? []
        if patterns.isEmpty {
            return [Finding(
                range: scalar.textRange ?? scalar.range,
                message: "inclusion: fileMatch without fileMatchPattern; Kiro never includes the file, so add fileMatchPattern: \"src/**/*.ts\"")]
        }
        return FrontmatterGlobs.issueFindings(patterns, dialect: .kiro)
    }
}
