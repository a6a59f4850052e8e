/// MCP006: a Claude Code `.mcp.json` server with a URL and no `type`.
struct MCPURLWithoutTypeRule: Rule {
    let description = RuleDescription(
        id: "MCP006", name: "mcp-url-without-type",
        summary: "A remote server in .mcp.json has a url but no type",
        rationale: """
            Claude Code reads a server without `type` as a local (stdio) server, so an entry with \
            only a `url` fails to start. Add `"type": "http"` (or `sse`, `ws`).
            """,
        kinds: [.mcpConfig], tags: [.mcp, .structure], defaultSeverity: .error,
        triggering: [
            Example("{\"mcpServers\": {↓\"hf\": {\"url\": \"https://huggingface.co/mcp\"}}}\n", kind: .mcpConfig),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"hf\": {\"type\": \"http\", \"url\": \"https://huggingface.co/mcp\"}}}\n", kind: .mcpConfig),
            Example("{\"mcpServers\": {\"hf\": {\"url\": \"https://huggingface.co/mcp\"}}}\n", kind: .mcpConfig, path: ".cursor/mcp.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = MCPFile(document), file.client == .claude else { return [] }
        return file.servers.compactMap { server in
            guard file.scan.member(server.node, "url") != nil, file.scan.member(server.node, "type") == nil,
                  file.scan.member(server.node, "command") == nil else { return nil }
            return Finding(range: file.scan.anchor(server.node),
                           message: "server '\(server.name)' has a url but no type; Claude Code starts it as a local command and fails. Add \"type\": \"http\"")
        }
    }
}
