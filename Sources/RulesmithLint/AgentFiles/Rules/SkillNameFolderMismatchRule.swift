/// SK003: a skill whose `name` differs from its folder name.
struct SkillNameFolderMismatchRule: Rule {
    let description = RuleDescription(
        id: "SK003", name: "skill-name-not-folder",
        summary: "A skill's name differs from the name of its folder",
        rationale: """
            The specification requires `name` to equal the parent directory's name. Claude Code \
            names the slash command after the folder and shows `name` only as a label, other \
            clients use `name`: the same skill gets two names, and validators refuse it.
            """,
        kinds: [.agentSkill], tags: [.skills, .frontmatter], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: ↓template-skill\ndescription: A template. Use when starting a skill.\n---\nBody\n",
                    kind: .agentSkill, path: "skills/template/SKILL.md"),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n---\nBody\n", kind: .agentSkill),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest, let skill = document.skill else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("name"), let name = entry.value.scalar?.text,
              !name.isEmpty, name != skill.folderName else { return [] }
        return [Finding(range: entry.valueRange,
                        message: "skill name '\(name)' differs from its folder '\(skill.folderName)'; rename one so both say the same")]
    }
}
