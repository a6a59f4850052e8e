/// SK005: a skill description that does not say when to use the skill.
struct SkillDescriptionWithoutTriggerRule: Rule {
    /// Words that introduce the situations a skill is for.
    static let cues = ["when", "use ", "use:", "used for", "for ", "if ", "trigger", "invoke", "before", "after", "during", "while"]

    let description = RuleDescription(
        id: "SK005", name: "skill-description-without-trigger",
        summary: "A skill's description does not say when to use the skill",
        rationale: """
            Agents load a skill when its description matches the task, so the specification asks \
            the description to say both what the skill does and when to use it ("Use when …").
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .info,
        triggering: [
            Example("---\nname: example\ndescription: ↓Pydantic helpers.\n---\nBody\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Pydantic helpers. Use when writing models.\n---\nBody\n", kind: .agentSkill),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("description"), let text = entry.value.scalar?.text,
              !text.isEmpty, frontmatter.entry("when_to_use") == nil else { return [] }
        // Only English text is judged: the cue words are English.
        guard text.unicodeScalars.allSatisfy(\.isASCII) else { return [] }
        let lowered = text.lowercased()
        guard !Self.cues.contains(where: { lowered.contains($0) }) else { return [] }
        return [Finding(range: entry.valueRange, message: "the description does not say when to use the skill; add 'Use when …'")]
    }
}
