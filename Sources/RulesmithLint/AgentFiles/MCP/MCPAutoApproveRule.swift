/// MCP007: an MCP server whose tool calls run without confirmation (`trust`, `autoApprove`).
struct MCPAutoApproveRule: Rule {
    let description = RuleDescription(
        id: "MCP007", name: "mcp-tools-auto-approved",
        summary: "An MCP server's tool calls are approved without asking (Gemini trust, Kiro autoApprove)",
        rationale: """
            Gemini CLI's `trust: true` skips every tool confirmation of the server, Kiro's \
            `autoApprove` does so for the tools it lists. Committed to a repository, it decides for \
            every contributor that a prompt injection may call those tools unasked.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .securityConfig], defaultSeverity: .warning,
        triggering: [
            Example("{\"mcpServers\": {\"github\": {\"command\": \"gh-mcp\", ↓\"trust\": true}}}\n", kind: .mcpConfig, path: ".gemini/settings.json"),
            Example("{\"mcpServers\": {\"fetch\": {\"command\": \"fetch-mcp\", ↓\"autoApprove\": [\"fetch\"]}}}\n", kind: .mcpConfig,
                    path: ".kiro/settings/mcp.json"),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"github\": {\"command\": \"gh-mcp\", \"trust\": false}}}\n", kind: .mcpConfig, path: ".gemini/settings.json"),
            Example("{\"mcpServers\": {\"fetch\": {\"command\": \"fetch-mcp\", \"autoApprove\": []}}}\n", kind: .mcpConfig,
                    path: ".kiro/settings/mcp.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = MCPFile(document) else { return [] }
        return file.servers.compactMap { server in
            if let node = file.scan.member(server.node, "trust"), file.scan.nodes[node].text == "true" {
                return Finding(range: file.scan.anchor(node), message: "server '\(server.name)' is trusted: every tool call runs without confirmation")
            }
            if let node = file.scan.member(server.node, "autoApprove"),
               !file.scan.nodes[node].children.isEmpty || file.scan.nodes[node].text == "true" {
                return Finding(range: file.scan.anchor(node), message: "server '\(server.name)' auto-approves tool calls; let each contributor choose")
            }
            return nil
        }
    }
}
