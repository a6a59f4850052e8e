/// AG002: a subagent name Claude Code refuses (a ':' or a leading '-') or that breaks its style.
struct AgentNameRule: Rule {
    let description = RuleDescription(
        id: "AG002", name: "invalid-subagent-name",
        summary: "A subagent's name holds ':' or starts with '-', or is not lowercase letters and hyphens",
        rationale: """
            Claude Code identifies a subagent by `name` (lowercase letters and hyphens) and skips a \
            file whose name contains ':' or starts with '-' without telling anyone.
            """,
        kinds: [.claudeAgent], tags: [.agents, .frontmatter], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: ↓review:strict\ndescription: Reviews.\n---\nBody\n", kind: .claudeAgent),
            Example("---\nname: ↓Code Reviewer\ndescription: Reviews.\n---\nBody\n", kind: .claudeAgent),
        ],
        nonTriggering: [
            Example("---\nname: code-reviewer\ndescription: Reviews.\n---\nBody\n", kind: .claudeAgent),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("name"), let name = entry.value.scalar?.text, !name.isEmpty else { return [] }
        if name.contains(":") || name.hasPrefix("-") {
            return [Finding(range: entry.valueRange, message: "subagent name '\(name)' holds ':' or starts with '-'; Claude Code skips the file",
                            severity: .error)]
        }
        guard !name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else { return [] }
        return [Finding(range: entry.valueRange, message: "subagent name '\(name)' should be lowercase letters, digits and hyphens")]
    }
}
