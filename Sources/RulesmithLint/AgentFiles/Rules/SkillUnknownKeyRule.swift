/// SK006: a skill frontmatter key neither the specification nor Claude Code defines.
struct SkillUnknownKeyRule: Rule {
    let description = RuleDescription(
        id: "SK006", name: "unknown-skill-key",
        summary: "A skill's frontmatter has a key no client reads",
        rationale: """
            The specification defines name, description, license, compatibility, metadata and \
            allowed-tools; Claude Code adds its own keys (when_to_use, argument-hint, model, …). \
            The reference validator, claude.ai upload and the Skills API refuse any other key; put \
            tool-specific data under `metadata`.
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n↓version: 1.2\n---\nBody\n", kind: .agentSkill),
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n↓allowed_tools: Read\n---\nBody\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\nallowed-tools: Read Grep\nmetadata:\n  version: \"1.2\"\n---\nBody\n",
                    kind: .agentSkill),
            Example("---\nname: example\ndescription: Reviews. Use when asked.\nargument-hint: [file]\n---\nBody\n", kind: .agentSkill),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable else { return [] }
        let known = AgentFileSupport.specSkillKeys.union(AgentFileSupport.claudeSkillKeys)
        return frontmatter.entries.filter { !known.contains($0.key) }.map { entry in
            Finding(range: entry.keyRange, message: "unknown skill key '\(entry.key)'\(AgentFileSupport.hint(for: entry.key, in: known.sorted())); "
                    + "validators refuse it, put extra data under 'metadata'")
        }
    }
}
