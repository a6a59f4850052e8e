/// MCP005: a remote MCP server reached over plain http.
struct MCPPlainHTTPRule: Rule {
    let description = RuleDescription(
        id: "MCP005", name: "plain-http-mcp-server",
        summary: "A remote MCP server's URL uses plain http",
        rationale: """
            Tool calls, results and the headers that authenticate them cross the network in clear \
            text over http, and anyone on the path can change what the agent is told. Use https; \
            http is fine only for localhost.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .securityConfig], defaultSeverity: .warning,
        triggering: [
            Example("{\"mcpServers\": {\"docs\": {\"type\": \"http\", \"url\": ↓\"http://docs.example.com/mcp\"}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.docs]\n↓url = \"http://docs.example.com/mcp\"\n", kind: .mcpConfig, path: ".codex/config.toml"),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"docs\": {\"type\": \"http\", \"url\": \"https://docs.example.com/mcp\"}}}\n", kind: .mcpConfig),
            Example("{\"mcpServers\": {\"dev\": {\"type\": \"http\", \"url\": \"http://localhost:3000/mcp\"}}}\n", kind: .mcpConfig),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let (_, servers) = MCPServerEntry.entries(document) else { return [] }
        return servers.flatMap { server in
            server.urls.compactMap { url, range -> Finding? in
                guard url.lowercased().hasPrefix("http://"), !Self.isLoopback(url) else { return nil }
                return Finding(range: range, message: "server '\(server.name)' is reached over plain http; use https")
            }
        }
    }

    static func isLoopback(_ url: String) -> Bool {
        let rest = url.dropFirst("http://".count)
        let host = rest.split(whereSeparator: { $0 == "/" || $0 == "?" }).first.map(String.init) ?? ""
        let name = host.split(separator: "@").last.map(String.init) ?? host
        return ["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].contains { name == $0 || name.hasPrefix($0 + ":") }
    }
}
