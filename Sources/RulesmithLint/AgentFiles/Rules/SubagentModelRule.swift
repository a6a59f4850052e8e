/// AG006: a subagent `model` Claude Code does not know.
struct SubagentModelRule: Rule {
    static let aliases: Set<String> = ["sonnet", "opus", "haiku", "fable", "inherit"]

    let description = RuleDescription(
        id: "AG006", name: "invalid-subagent-model",
        summary: "A subagent's model is neither an alias (sonnet, opus, haiku, fable, inherit) nor a model ID",
        rationale: """
            A subagent's `model` is an alias, `inherit` (the default) or a full model ID such as \
            `claude-sonnet-4-5` (VS Code, which reads the same folder, also takes `Name (vendor)`). Other values do not select the model the author meant.
            """,
        kinds: [.claudeAgent], tags: [.agents, .frontmatter], defaultSeverity: .warning,
        triggering: [
            Example("---\nname: fast\ndescription: Quick checks.\nmodel: ↓gpt-4o\n---\nBody\n", kind: .claudeAgent),
        ],
        nonTriggering: [
            Example("---\nname: fast\ndescription: Quick checks.\nmodel: haiku\n---\nBody\n", kind: .claudeAgent),
            Example("---\nname: fast\ndescription: Quick checks.\nmodel: claude-sonnet-4-5\n---\nBody\n", kind: .claudeAgent),
            Example("---\nname: fast\ndescription: Quick checks.\nmodel: Claude Sonnet 4.6 (copilot)\n---\nBody\n", kind: .claudeAgent),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard frontmatter.isReadable, let entry = frontmatter.entry("model"), let model = entry.value.scalar?.text, !model.isEmpty,
              !Self.aliases.contains(model.lowercased()), !model.lowercased().hasPrefix("claude-"),
              // VS Code reads `.claude/agents` too and names models `Name (vendor)`.
              !model.hasSuffix(")") else { return [] }
        return [Finding(range: entry.valueRange, message: "model '\(model)' is not sonnet, opus, haiku, fable, inherit or a claude- model ID")]
    }
}
