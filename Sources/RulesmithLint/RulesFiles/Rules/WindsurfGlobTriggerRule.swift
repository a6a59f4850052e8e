/// WS002: `trigger: glob` with no usable `globs`.
struct WindsurfGlobTriggerRule: Rule {
    let description = RuleDescription(
        id: "WS002", name: "glob-trigger-without-globs",
        summary: "trigger: glob without globs",
        rationale: """
            A Windsurf rule with trigger: glob is attached to files its globs match. Without \
            globs, or with only malformed patterns, it matches nothing and is never applied.
            """,
        kinds: [.windsurfRule], tags: ["windsurf", "frontmatter", "globs"], defaultSeverity: .error,
        triggering: [
            Example("---\ntrigger: ↓glob\n---\nUse strict TypeScript.\n", kind: .windsurfRule),
            Example("---\ntrigger: ↓glob\nglobs: src/**/*.{ts\n---\nUse strict TypeScript.\n", kind: .windsurfRule),
        ],
        nonTriggering: [
            Example("---\ntrigger: glob\nglobs: src/**/*.ts, src/**/*.tsx\n---\nUse strict TypeScript.\n", kind: .windsurfRule),
            Example("---\ntrigger: always_on\n---\nUse bun.\n", kind: .windsurfRule),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard let trigger = frontmatter.entry("trigger"), let scalar = trigger.value.scalar, scalar.text == "glob" else { return [] }
        let patterns = frontmatter.entry("globs").map { FrontmatterGlobs.patterns(of: $0.value, in: document.source) } ?? []
        guard !FrontmatterGlobs.hasUsablePattern(patterns) else { return [] }
        let message = patterns.isEmpty
            ? "trigger: glob without globs; Windsurf attaches the rule to no file, so add globs: src/**/*.ts"
            : "trigger: glob but no glob in globs is valid (\(patterns.map(\.text).joined(separator: ", "))); Windsurf attaches the rule to no file"
        return [Finding(range: scalar.textRange ?? scalar.range, message: message)]
    }
}
