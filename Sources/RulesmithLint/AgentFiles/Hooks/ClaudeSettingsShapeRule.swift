/// HK006: Claude settings that hold MCP servers, or an empty `hooks` object.
struct ClaudeSettingsShapeRule: Rule {
    let description = RuleDescription(
        id: "HK006", name: "misplaced-agent-setting",
        summary: "A settings file holds mcpServers (not a settings key) or an empty hooks object",
        rationale: """
            Claude Code reads project MCP servers from `.mcp.json`, not from `mcpServers` in \
            `.claude/settings.json`, where they are ignored. An empty `hooks` object configures \
            nothing and hides that a guard was removed.
            """,
        kinds: [.agentHooks], tags: [.hooks, .structure], defaultSeverity: .warning,
        triggering: [
            Example("{\n  ↓\"mcpServers\": {\"fs\": {\"command\": \"fs-mcp\"}}\n}\n", kind: .agentHooks),
            Example("{\n  ↓\"hooks\": {}\n}\n", kind: .agentHooks),
        ],
        nonTriggering: [
            Example("{\n  \"permissions\": {\"allow\": [\"Bash(make:*)\"]}\n}\n", kind: .agentHooks),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = HookFile(document), let root = file.scan.root else { return [] }
        var findings: [Finding] = []
        if file.dialect == .claude, let servers = file.scan.member(root, "mcpServers") {
            findings.append(Finding(range: file.scan.anchor(servers),
                                    message: "Claude Code ignores mcpServers in settings; move the servers to .mcp.json at the project root"))
        }
        if let hooks = file.hooksNode, file.scan.nodes[hooks].children.isEmpty {
            findings.append(Finding(range: file.scan.anchor(hooks), message: "'hooks' is empty; remove it or add the hooks it was meant to hold",
                                    severity: .info))
        }
        return findings
    }
}
