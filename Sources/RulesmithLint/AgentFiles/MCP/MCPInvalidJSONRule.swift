import RulesmithText

/// MCP001: an MCP configuration that is not JSON its client can read.
struct MCPInvalidJSONRule: Rule {
    let description = RuleDescription(
        id: "MCP001", name: "invalid-mcp-json",
        summary: "An MCP configuration is not valid JSON or TOML (or uses comments where only VS Code accepts them)",
        rationale: """
            A client that cannot parse its MCP file starts no server from it. VS Code reads \
            `.vscode/mcp.json` as JSONC (comments and trailing commas allowed); Claude Code, \
            Cursor, Gemini CLI and Kiro read strict JSON.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .syntax], defaultSeverity: .error,
        triggering: [
            Example("{\n  \"mcpServers\": {\n    \"a\": {\"command\": \"a-mcp\"}\n    ↓\"b\": {\"command\": \"b-mcp\"}\n  }\n}\n", kind: .mcpConfig),
            Example("{\n  ↓// Claude reads strict JSON\n  \"mcpServers\": {}\n}\n", kind: .mcpConfig),
        ],
        nonTriggering: [
            Example("{\n  // VS Code reads JSONC\n  \"servers\": {\"docs\": {\"command\": \"docs-mcp\",},},\n}\n", kind: .mcpConfig,
                    path: ".vscode/mcp.json"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let client = MCPFile.client(of: document) else { return [] }
        if client == .codex {
            guard let error = document.analysis(CodexConfig.self).error else { return [] }
            let line = min(max(0, error.line - 1), max(0, document.source.lineCount - 1))
            return [Finding(range: document.source.contentRange(ofLine: line), message: "not valid TOML: \(error.reason); Codex refuses the file",
                            severity: .warning)]
        }
        let scan = AgentFileSupport.json(document)
        if let error = scan.error {
            let at = min(error.offset, max(0, document.source.bytes.count))
            return [Finding(range: at..<at, message: "not valid JSON: \(error.reason); \(client.rawValue) starts no server from this file")]
        }
        if let offset = scan.firstJSONCOffset, client != .vscode {
            return [Finding(range: offset..<offset + 1, message: "comments and trailing commas are JSONC; \(client.rawValue) reads strict JSON")]
        }
        return []
    }
}
