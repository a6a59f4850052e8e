/// HK003: hook entries written in another tool's shape, or mixed event-name styles.
struct HookDialectMismatchRule: Rule {
    let description = RuleDescription(
        id: "HK003", name: "hook-dialect-mismatch",
        summary: "Hook entries use another tool's shape (matcher groups vs flat lists) or mix event-name styles",
        rationale: """
            Claude Code expects `hooks.<Event>` to hold matcher groups (`{"matcher", "hooks": [...]}`); \
            Copilot and Cursor expect a flat list of commands. An entry in the other shape runs \
            nothing, or runs on every tool because the matcher is ignored. Mixing camelCase and \
            PascalCase events in one Copilot file selects two different payload formats.
            """,
        kinds: [.agentHooks], tags: [.hooks, .structure], defaultSeverity: .warning,
        triggering: [
            Example("{\"version\": 1, \"hooks\": {\"preToolUse\": [↓{\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"bash\": \"./g.sh\"}]}]}}\n",
                    kind: .agentHooks, path: ".github/hooks/guard.json"),
            Example("{\"hooks\": {\"PreToolUse\": [↓{\"type\": \"command\", \"command\": \"./g.sh\"}]}}\n", kind: .agentHooks),
        ],
        nonTriggering: [
            Example("{\"version\": 1, \"hooks\": {\"preToolUse\": [{\"type\": \"command\", \"bash\": \"./g.sh\"}]}}\n", kind: .agentHooks,
                    path: ".github/hooks/guard.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = HookFile(document) else { return [] }
        var findings: [Finding] = []
        for event in file.events {
            switch file.dialect {
            case .claude:
                findings += event.flat.map { Finding(range: file.scan.nodes[$0].range,
                                                     message: "Claude Code expects a matcher group {\"matcher\": …, \"hooks\": [ … ]} here, not a bare command") }
            case .copilot, .cursor:
                findings += event.groups.map { Finding(range: file.scan.nodes[$0].range,
                                                       message: "\(file.dialect.rawValue) reads a flat list of commands; this Claude-style matcher group's matcher is ignored") }
            }
        }
        if file.dialect == .copilot {
            let styles = Set(file.events.compactMap { $0.name.first.map(\.isUppercase) })
            if styles.count > 1, let first = file.events.first(where: { $0.name.first?.isUppercase == true }) {
                findings.append(Finding(range: file.scan.anchor(first.node),
                                        message: "this file mixes camelCase and PascalCase events; each style gets a different payload, choose one"))
            }
        }
        return findings
    }
}
