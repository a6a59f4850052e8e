/// SK001: a SKILL.md without a YAML frontmatter (or with one that cannot be read).
struct SkillMissingFrontmatterRule: Rule {
    let description = RuleDescription(
        id: "SK001", name: "skill-without-frontmatter",
        summary: "A SKILL.md has no readable YAML frontmatter",
        rationale: """
            The Agent Skills specification requires SKILL.md to start with a `---` frontmatter \
            holding at least `name` and `description`; the reference validator refuses a file \
            without one, and clients skip a skill whose frontmatter cannot be parsed. The \
            description is what tells the agent when to load the skill.
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .error,
        triggering: [
            Example("↓# Review\n\nReview the diff.\n", kind: .agentSkill),
            Example("↓---\nname: [review\n---\nBody\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews diffs. Use when asked for a review.\n---\nBody\n", kind: .agentSkill),
            Example("no frontmatter needed in a bundled reference\n", kind: .agentSkill, path: ".claude/skills/example/references/a.md"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        if !frontmatter.isPresent {
            return [Finding(range: AgentFileSupport.firstLine(document),
                            message: "SKILL.md has no frontmatter; start it with '---', a 'name' and a 'description' saying when to use the skill")]
        }
        if let error = frontmatter.error {
            return [Finding(range: frontmatter.openingRange, message: "the skill's frontmatter cannot be read (\(error)); clients skip the skill")]
        }
        return []
    }
}
