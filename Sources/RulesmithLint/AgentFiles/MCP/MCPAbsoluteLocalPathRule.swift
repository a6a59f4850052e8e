/// MCP009: an MCP server argument that is one person's absolute home path.
struct MCPAbsoluteLocalPathRule: Rule {
    let description = RuleDescription(
        id: "MCP009", name: "mcp-absolute-local-path",
        summary: "An MCP server's command or args hold an absolute path inside one user's home",
        rationale: """
            A committed MCP file runs on every contributor's machine; `/home/alice/…` exists on one \
            of them. Use a path relative to the project (`${workspaceFolder}`, `.`), or an \
            environment variable.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .paths], defaultSeverity: .warning,
        triggering: [
            Example("{\"mcpServers\": {\"fs\": {\"command\": \"fs-mcp\", \"args\": [↓\"/home/alice/projects/app\"]}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.fs]\ncommand = \"fs-mcp\"\n↓cwd = \"/Users/alice/app\"\n", kind: .mcpConfig, path: ".codex/config.toml"),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"fs\": {\"command\": \"fs-mcp\", \"args\": [\".\"]}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.fs]\ncommand = \"fs-mcp\"\nargs = [\".\"]\n", kind: .mcpConfig, path: ".codex/config.toml"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = MCPFile(document) else { return checkCodex(document) }
        var findings: [Finding] = []
        for server in file.servers {
            for key in ["command", "args", "cwd"] {
                guard let node = file.scan.member(server.node, key) else { continue }
                for (text, child) in file.strings(under: node) where Self.isHomePath(text) {
                    findings.append(Finding(range: file.scan.nodes[child].range,
                                            message: "server '\(server.name)' uses '\(text)', a path in one user's home; use a project-relative path"))
                }
            }
        }
        return findings
    }

    /// Codex's TOML: `command`, `args` and `cwd` of each `[mcp_servers.<name>]`.
    private func checkCodex(_ document: LintDocument) -> [Finding] {
        guard let (client, servers) = MCPServerEntry.entries(document), client == .codex else { return [] }
        return servers.flatMap { server in
            ((server.command.map { [$0] } ?? []) + server.args + (server.cwd.map { [$0] } ?? [])).compactMap { text, range -> Finding? in
                guard Self.isHomePath(text) else { return nil }
                return Finding(range: range, message: "server '\(server.name)' uses '\(text)', a path in one user's home; use a project-relative path")
            }
        }
    }

    static func isHomePath(_ text: String) -> Bool {
        text.hasPrefix("/home/") || text.hasPrefix("/Users/") || text.lowercased().hasPrefix("c:\\users\\") || text.lowercased().hasPrefix("c:/users/")
    }
}
