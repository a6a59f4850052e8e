import RulesmithText

/// SK008: a link in a skill that leaves the skill folder or names a file the skill does not hold.
struct SkillLinkOutsideRule: Rule {
    let description = RuleDescription(
        id: "SK008", name: "skill-link-outside-folder",
        summary: "A skill links to a file outside its folder, or to a file it does not contain",
        rationale: """
            A skill is installed and shared as one folder: files are linked relative to the skill \
            root. A link that climbs out of the folder breaks once the skill is copied to another \
            repository or client, and a missing file leaves the agent without the detail it was \
            told to read.
            """,
        kinds: [.agentSkill], tags: [.skills, .links], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n---\nSee [style](↓../../../docs/style.md).\n",
                    kind: .agentSkill, files: ["docs/style.md": "# Style\n"]),
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n---\nSee [api](↓references/api.md).\n", kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Reviews. Use when asked.\n---\nSee [api](references/api.md).\n",
                    kind: .agentSkill, files: [".claude/skills/example/references/api.md": "# API\n"]),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let skill = document.skill, skill.isFromWorkspace, !skill.isScript, document.isReadableRulesText else { return [] }
        var findings: [Finding] = []
        for link in RelativeLink.links(in: document) {
            if link.path != skill.root, !link.path.hasPrefix(skill.root + "/") {
                findings.append(Finding(range: link.range, message: "'\(link.destination)' leaves the skill folder \(skill.root); "
                                        + "copy the file into the skill (e.g. references/) so the skill works wherever it is installed"))
            } else if let workspace = document.workspace, workspace.entry(at: link.path) == .missing {
                findings.append(Finding(range: link.range, message: "'\(link.destination)' does not exist in the skill folder"))
            }
        }
        return findings
    }
}
