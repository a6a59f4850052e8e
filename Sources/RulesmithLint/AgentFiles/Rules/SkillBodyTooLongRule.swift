import RulesmithText

/// SK007: a SKILL.md body over the recommended 500 lines.
struct SkillBodyTooLongRule: Rule {
    static let maximumLines = 500

    let description = RuleDescription(
        id: "SK007", name: "skill-body-too-long",
        summary: "A SKILL.md body is longer than the recommended 500 lines",
        rationale: """
            The whole body enters the context when the skill loads. The specification recommends \
            under 500 lines (about 5,000 tokens) and moving detail into files under `references/`, \
            which the agent reads only when needed.
            """,
        kinds: [.agentSkill], tags: [.skills, .size], defaultSeverity: .warning,
        // The example test's prefix variant adds a line, which moves the 501st line the finding marks.
        traits: [.noPrefixVariant],
        triggering: [
            Example("---\nname: example\ndescription: Long. Use when asked.\n---\n" + String(repeating: "line\n", count: 500) + "↓last\n",
                    kind: .agentSkill),
        ],
        nonTriggering: [
            Example("---\nname: example\ndescription: Short. Use when asked.\n---\n" + String(repeating: "line\n", count: 20), kind: .agentSkill),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableSkillManifest else { return [] }
        let source = document.source
        let bodyStart = document.analysis(Frontmatter.self).bodyStart
        let firstBodyLine = source.lineIndex(ofByte: bodyStart)
        let lines = source.lineCount - firstBodyLine
        guard lines > Self.maximumLines else { return [] }
        let line = firstBodyLine + Self.maximumLines
        return [Finding(range: source.contentRange(ofLine: line),
                        message: "the body is \(lines) lines long (recommended under \(Self.maximumLines)); move detail into references/ files")]
    }
}
