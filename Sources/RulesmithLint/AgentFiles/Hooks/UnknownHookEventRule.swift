/// HK002: a hook event name the file's reader does not know (it never fires).
struct UnknownHookEventRule: Rule {
    let description = RuleDescription(
        id: "HK002", name: "unknown-hook-event",
        summary: "A hook is registered for an event its reader does not have",
        rationale: """
            An unknown event name loads without an error and never fires, so the hook silently \
            does nothing. Event names differ between Claude Code (PascalCase, e.g. PreToolUse), \
            Copilot (camelCase, e.g. preToolUse) and Cursor (e.g. beforeShellExecution).
            """,
        kinds: [.agentHooks], tags: [.hooks, .structure], defaultSeverity: .warning,
        triggering: [
            Example("{\"hooks\": {↓\"PreToolUsed\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"./guard.sh\"}]}]}}\n", kind: .agentHooks),
            Example("{\"version\": 1, \"hooks\": {↓\"beforeShell\": [{\"command\": \"./guard.sh\"}]}}\n", kind: .agentHooks, path: ".cursor/hooks.json"),
        ],
        nonTriggering: [
            Example("{\"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"command\", \"command\": \"./guard.sh\"}]}]}}\n",
                    kind: .agentHooks),
            Example("{\"version\": 1, \"hooks\": {\"preToolUse\": [{\"type\": \"command\", \"bash\": \"./guard.sh\"}]}}\n", kind: .agentHooks,
                    path: ".github/hooks/guard.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = HookFile(document) else { return [] }
        let known = HookFile.events(of: file.dialect)
        return file.events.filter { !known.contains($0.name) }.map { event in
            Finding(range: file.scan.anchor(event.node),
                    message: "\(file.dialect.rawValue) has no '\(event.name)' event\(AgentFileSupport.hint(for: event.name, in: known.sorted())); the hook never runs")
        }
    }
}
