/// SK002: a skill `name` that is missing, too long or not lowercase letters, digits and hyphens.
struct SkillNameRule: Rule {
    let description = RuleDescription(
        id: "SK002", name: "invalid-skill-name",
        summary: "A skill's name is missing, over 64 characters, or not lowercase letters, digits and hyphens",
        rationale: """
            The specification requires `name`: 1–64 characters, lowercase letters, digits and \
            hyphens, no leading, trailing or doubled hyphen. VS Code silently fails to load a skill \
            with an invalid name, and claude.ai and the Skills API refuse it.
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: ↓a11y_check\ndescription: Checks accessibility. Use when editing UI.\n---\nBody\n",
                    kind: .agentSkill, path: ".claude/skills/a11y_check/SKILL.md"),
            Example("---\nname: ↓-review\ndescription: Reviews. Use when asked.\n---\nBody\n", kind: .agentSkill, path: ".claude/skills/-review/SKILL.md"),
            Example("↓---\ndescription: Reviews. Use when asked.\n---\nBody\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n---\nBody\n", kind: .agentSkill),
            Example("---\nname: pdf-2-text\ndescription: Converts PDFs. Use when a PDF is given.\n---\nBody\n",
                    kind: .agentSkill, path: "skills/pdf-2-text/SKILL.md"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable else { return [] }
        guard let entry = frontmatter.entry("name"), let name = entry.value.scalar?.text, !name.isEmpty else {
            return [Finding(range: frontmatter.openingRange, message: "the skill has no 'name'; the specification requires one, equal to the folder name")]
        }
        var problems: [String] = []
        if name.count > 64 { problems.append("is \(name.count) characters long (at most 64)") }
        if !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            problems.append("may hold only lowercase letters, digits and hyphens")
        }
        if name.hasPrefix("-") || name.hasSuffix("-") || name.contains("--") { problems.append("may not start or end with a hyphen or hold '--'") }
        guard !problems.isEmpty else { return [] }
        return [Finding(range: entry.valueRange, message: "skill name '\(name)' \(problems.joined(separator: " and ")); VS Code does not load it")]
    }
}
