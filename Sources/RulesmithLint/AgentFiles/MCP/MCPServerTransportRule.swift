/// MCP003: an MCP server with neither a command nor a URL, or with both.
struct MCPServerTransportRule: Rule {
    static let urlKeys = ["url", "httpUrl"]

    let description = RuleDescription(
        id: "MCP003", name: "mcp-server-transport",
        summary: "An MCP server has neither a command nor a URL, or has both",
        rationale: """
            A server runs locally (`command`, with `args` and `env`) or is reached remotely (`url`, \
            Gemini's `httpUrl`). Without either the client cannot start it; with both, clients \
            pick different ones (Gemini prefers httpUrl, then url, then command).
            """,
        kinds: [.mcpConfig], tags: [.mcp, .structure], defaultSeverity: .error,
        triggering: [
            Example("{\"mcpServers\": {↓\"docs\": {\"args\": [\"serve\"]}}}\n", kind: .mcpConfig),
            Example("↓[mcp_servers.docs]\nargs = [\"serve\"]\n", kind: .mcpConfig, path: ".codex/config.toml"),
            Example("{\"mcpServers\": {↓\"docs\": {\"command\": \"docs-mcp\", \"type\": \"http\", \"url\": \"https://docs.example.com/mcp\"}}}\n",
                    kind: .mcpConfig),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"docs\": {\"type\": \"http\", \"url\": \"https://docs.example.com/mcp\"}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.docs]\ncommand = \"docs-mcp\"\n", kind: .mcpConfig, path: ".codex/config.toml"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let (_, servers) = MCPServerEntry.entries(document) else { return [] }
        return servers.compactMap { server in
            let hasCommand = server.command != nil
            let hasURL = !server.urls.isEmpty
            if !hasCommand && !hasURL {
                return Finding(range: server.anchor, message: "server '\(server.name)' has neither 'command' nor 'url'; it cannot start")
            }
            if hasCommand && hasURL {
                return Finding(range: server.anchor,
                               message: "server '\(server.name)' has both 'command' and a URL; clients disagree on which one runs", severity: .warning)
            }
            return nil
        }
    }
}
