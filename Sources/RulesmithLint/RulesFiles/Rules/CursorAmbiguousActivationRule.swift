import RulesmithText

/// MDC006: frontmatter whose activation says two things at once.
struct CursorAmbiguousActivationRule: Rule {
    let description = RuleDescription(
        id: "MDC006", name: "ambiguous-mdc-activation",
        summary: "alwaysApply and globs contradict each other, or globs match every file",
        rationale: """
            A Cursor rule is Always (alwaysApply: true), Auto Attached (globs), Agent Requested \
            (description only) or Manual. alwaysApply: true together with globs makes the globs \
            dead text, and readers cannot tell which was meant; globs such as **/* attach the rule \
            to every file, which is always-on in practice but hidden behind a glob. Say which one \
            is meant: alwaysApply: true, or globs that narrow the rule.
            """,
        kinds: [.cursorMdc], tags: ["cursor", "frontmatter", "globs"], defaultSeverity: .warning,
        triggering: [
            Example("---\nglobs: ↓src/**/*.ts\nalwaysApply: true\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: ↓**/*\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\ndescription: General\nglobs:\nalwaysApply: true\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: src/**/*.ts\nalwaysApply: false\n---\nBody\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard let globs = frontmatter.entry("globs"), !globs.value.isBlank else { return [] }
        let alwaysApply = frontmatter.entry("alwaysApply")?.value.scalar?.boolValue
        let patterns = FrontmatterGlobs.patterns(of: globs.value, in: document.source)
        if alwaysApply == true {
            let text = patterns.map(\.text).joined(separator: ",")
            return [Finding(
                range: globs.valueRange,
                message: "alwaysApply: true applies the rule everywhere, so Cursor ignores globs '\(FrontmatterReader.clip(text))'; drop the globs or set alwaysApply: false")]
        }
        for pattern in patterns {
            guard let glob = try? Glob(pattern.text), glob.matchesEverything else { continue }
            return [Finding(
                range: pattern.range,
                message: "globs '\(pattern.text)' attaches the rule to every file, which is always-on in practice; write alwaysApply: true or narrow the globs")]
        }
        return []
    }
}
