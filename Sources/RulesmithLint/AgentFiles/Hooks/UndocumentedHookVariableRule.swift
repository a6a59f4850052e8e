import Foundation

/// HK005: a Claude Code hook command that reads a `$CLAUDE_…` variable Claude does not set.
struct UndocumentedHookVariableRule: Rule {
    static let documented: Set<String> = ["CLAUDE_PROJECT_DIR", "CLAUDE_PLUGIN_ROOT", "CLAUDE_ENV_FILE", "CLAUDE_CODE_REMOTE", "CLAUDE_SESSION_ID",
                                          "CLAUDE_SKILL_DIR", "CLAUDE_PLUGIN_DATA"]

    let description = RuleDescription(
        id: "HK005", name: "undocumented-hook-variable",
        summary: "A Claude Code hook reads a $CLAUDE_… variable that Claude Code does not set",
        rationale: """
            Claude Code passes the tool call as JSON on standard input and sets only a few \
            variables (CLAUDE_PROJECT_DIR, …). `$CLAUDE_FILE_PATH` and similar names are empty, so \
            the command runs on nothing, or on everything. Read `tool_input.file_path` from stdin.
            """,
        kinds: [.agentHooks], tags: [.hooks, .structure], defaultSeverity: .warning,
        triggering: [
            Example("{\"hooks\": {\"PostToolUse\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"prettier ↓$CLAUDE_FILE_PATH\"}]}]}}\n",
                    kind: .agentHooks),
        ],
        nonTriggering: [
            Example("{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"$CLAUDE_PROJECT_DIR/hooks/stop.sh\"}]}]}}\n",
                    kind: .agentHooks),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = HookFile(document), file.dialect == .claude else { return [] }
        let source = document.source
        var findings: [Finding] = []
        for event in file.events {
            for handler in event.handlers {
                for (_, node) in file.commands(of: handler) {
                    let range = file.scan.nodes[node].range
                    let raw = source.string(range)
                    let pattern = try! NSRegularExpression(pattern: #"\$\{?(CLAUDE_[A-Z_]+)"#)
                    for match in pattern.matches(in: raw, range: NSRange(raw.startIndex..., in: raw)) {
                        guard let nameRange = Range(match.range(at: 1), in: raw), !Self.documented.contains(String(raw[nameRange])),
                              let whole = Range(match.range, in: raw) else { continue }
                        let start = range.lowerBound + raw.utf8.distance(from: raw.startIndex, to: whole.lowerBound)
                        findings.append(Finding(range: start..<start + raw[whole].utf8.count,
                                                message: "Claude Code does not set \(raw[nameRange]); read the tool input from the JSON on stdin"))
                    }
                }
            }
        }
        return findings
    }
}
