/// SK004: a skill description that is missing, empty or over 1,024 characters.
struct SkillDescriptionRule: Rule {
    static let maximumCharacters = 1_024

    let description = RuleDescription(
        id: "SK004", name: "invalid-skill-description",
        summary: "A skill's description is missing, empty or over 1,024 characters",
        rationale: """
            The description is the only text the agent sees before it decides to load a skill. \
            The specification requires 1–1,024 characters; clients skip a skill without one, and \
            Claude Code cuts the listing at 1,536 characters of description and when_to_use.
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .error,
        triggering: [
            Example("↓---\nname: example\n---\nBody\n", kind: .agentSkill),
            Example("---\nname: example\ndescription: ↓\(String(repeating: "x", count: 1_030))\n---\nBody\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews diffs. Use when asked for a review.\n---\nBody\n", kind: .agentSkill),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable else { return [] }
        guard let entry = frontmatter.entry("description"), !entry.value.isBlank else {
            return [Finding(range: frontmatter.openingRange, message: "the skill has no 'description'; clients skip it. Say what it does and when to use it")]
        }
        let text = entry.value.scalar?.text ?? ""
        guard text.count > Self.maximumCharacters else { return [] }
        return [Finding(range: entry.valueRange, message: "the description is \(RulesFileSupport.grouped(text.count)) characters long; "
                        + "the specification allows 1,024", severity: .warning)]
    }
}
