/// MCP002: servers under the key another client uses (`servers` vs `mcpServers`).
struct MCPTopLevelKeyRule: Rule {
    let description = RuleDescription(
        id: "MCP002", name: "wrong-mcp-servers-key",
        summary: "An MCP file holds its servers under the key another client reads",
        rationale: """
            VS Code reads servers from `servers` in `.vscode/mcp.json`; Claude Code, Cursor, Gemini \
            CLI and Kiro read `mcpServers`. Under the other key the client finds no server at all \
            and says nothing.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .structure], defaultSeverity: .error,
        triggering: [
            Example("{\n  ↓\"mcpServers\": {\"docs\": {\"command\": \"docs-mcp\"}}\n}\n", kind: .mcpConfig, path: ".vscode/mcp.json"),
            Example("{\n  ↓\"servers\": {\"docs\": {\"command\": \"docs-mcp\"}}\n}\n", kind: .mcpConfig, path: ".cursor/mcp.json"),
        ],
        nonTriggering: [
            Example("{\n  \"servers\": {\"docs\": {\"command\": \"docs-mcp\"}}\n}\n", kind: .mcpConfig, path: ".vscode/mcp.json"),
            Example("{\n  \"theme\": \"dark\"\n}\n", kind: .mcpConfig, path: ".gemini/settings.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = MCPFile(document), file.serversNode == nil, let root = file.scan.root else { return [] }
        let wanted = MCPFile.serversKey(for: file.client)
        let other = wanted == "servers" ? "mcpServers" : "servers"
        guard let wrong = file.scan.member(root, other) else { return [] }
        return [Finding(range: file.scan.anchor(wrong),
                        message: "\(file.client.rawValue) reads servers from '\(wanted)', not '\(other)'; it finds no server in this file")]
    }
}
