/// CP002: an `excludeAgent` value Copilot does not know.
struct CopilotExcludeAgentRule: Rule {
    static let agents = ["code-review", "cloud-agent"]

    let description = RuleDescription(
        id: "CP002", name: "invalid-exclude-agent",
        summary: "excludeAgent names an agent Copilot does not have",
        rationale: """
            excludeAgent keeps an instructions file away from one Copilot agent: code-review or \
            cloud-agent. Any other value excludes nothing, so instructions meant for one agent \
            reach the other.
            """,
        kinds: [.copilotInstructions], tags: ["copilot", "frontmatter"], defaultSeverity: .error,
        triggering: [
            Example("---\napplyTo: \"**\"\nexcludeAgent: ↓coding-agent\n---\nBody\n", kind: .copilotInstructions),
            Example("---\napplyTo: \"**\"\nexcludeAgent: [\"code-review\", \"↓review\"]\n---\nBody\n", kind: .copilotInstructions),
        ],
        nonTriggering: [
            Example("---\napplyTo: \"**\"\nexcludeAgent: \"code-review\"\n---\nBody\n", kind: .copilotInstructions),
            Example("---\napplyTo: \"**\"\nexcludeAgent: cloud-agent\n---\nBody\n", kind: .copilotInstructions),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let entry = document.analysis(Frontmatter.self).entry("excludeAgent") else { return [] }
        let values: [FrontmatterScalar]
        switch entry.value {
        case .empty: return []
        case .scalar(let scalar): values = [scalar]
        case .list(let items): values = items
        case .nested:
            return [Finding(range: entry.valueRange, message: "excludeAgent is a map; expected code-review or cloud-agent")]
        }
        return values.filter { !Self.agents.contains($0.text) }.map { value in
            var message = "excludeAgent '\(FrontmatterReader.clip(value.text))' is not a Copilot agent; expected code-review or cloud-agent"
            if let suggestion = RulesFileSupport.suggestion(for: value.text, in: Self.agents) {
                message += " (did you mean \(suggestion)?)"
            }
            return Finding(range: value.textRange ?? value.range, message: message)
        }
    }
}
