import Foundation

/// HK004: a guard hook whose command can never fail (`|| true`, `; exit 0`).
struct HookSwallowsFailureRule: Rule {
    static let guardEvents: Set<String> = ["PreToolUse", "preToolUse", "PermissionRequest", "permissionRequest", "UserPromptSubmit",
                                           "beforeShellExecution", "beforeMCPExecution", "beforeReadFile", "beforeSubmitPrompt"]

    let description = RuleDescription(
        id: "HK004", name: "guard-hook-swallows-failure",
        summary: "A hook that should be able to block ends in '|| true' or 'exit 0'",
        rationale: """
            A hook before a tool call blocks it by failing (exit code 2 in Claude Code). A command \
            ending in `|| true` or `; exit 0` always succeeds, so the guard lets everything through.
            """,
        kinds: [.agentHooks], tags: [.hooks, .securityConfig], defaultSeverity: .warning,
        triggering: [
            Example("{\"hooks\": {\"PreToolUse\": [{\"hooks\": [{\"type\": \"command\", \"command\": ↓\"./check-secrets.sh || true\"}]}]}}\n",
                    kind: .agentHooks),
        ],
        nonTriggering: [
            Example("{\"hooks\": {\"PostToolUse\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"prettier --write . || true\"}]}]}}\n",
                    kind: .agentHooks),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = HookFile(document) else { return [] }
        var findings: [Finding] = []
        for event in file.events where Self.guardEvents.contains(event.name) {
            for handler in event.handlers {
                for (text, node) in file.commands(of: handler) {
                    let trimmed = text.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasSuffix("|| true") || trimmed.hasSuffix("|| :") || trimmed.hasSuffix("; exit 0") else { continue }
                    findings.append(Finding(range: file.scan.nodes[node].range,
                                            message: "this \(event.name) hook can never fail, so it never blocks; drop the '|| true'"))
                }
            }
        }
        return findings
    }
}
