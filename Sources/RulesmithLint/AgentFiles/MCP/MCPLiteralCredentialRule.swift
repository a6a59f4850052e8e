/// MCP008: a credential written literally in an MCP server's env, headers, args or URL.
struct MCPLiteralCredentialRule: Rule {
    static let secretWords = ["key", "token", "secret", "password", "passwd", "auth", "credential", "bearer"]

    let description = RuleDescription(
        id: "MCP008", name: "mcp-literal-credential",
        summary: "An MCP server's env, headers, args or URL hold a literal credential",
        rationale: """
            A committed MCP file is read by everyone with the repository. Credentials belong in \
            the environment (`${VAR}` in Claude Code, `${env:VAR}` in Cursor, `bearer_token_env_var` \
            in Codex) or in a VS Code `inputs` prompt with `password: true`, never in the file.
            """,
        kinds: [.mcpConfig], tags: [.mcp, .secrets], defaultSeverity: .warning,
        triggering: [
            Example("{\"mcpServers\": {\"db\": {\"command\": \"pg-mcp\", \"args\": [↓\"postgresql://postgres:postgres@localhost/app\"]}}}\n",
                    kind: .mcpConfig),
            Example("{\"mcpServers\": {\"api\": {\"command\": \"api-mcp\", \"env\": {↓\"API_KEY\": \"sk-live-1234\"}}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.api]\ncommand = \"api-mcp\"\n↓env = { API_KEY = \"sk-live-1234\" }\n", kind: .mcpConfig, path: ".codex/config.toml"),
            Example("[mcp_servers.api]\nurl = \"https://api.example.com/mcp\"\n\n[mcp_servers.api.http_headers]\n↓Authorization = \"Bearer abc123\"\n",
                    kind: .mcpConfig, path: ".codex/config.toml"),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"api\": {\"command\": \"api-mcp\", \"env\": {\"API_KEY\": \"${API_KEY}\"}}}}\n", kind: .mcpConfig),
            Example("{\"servers\": {\"api\": {\"command\": \"api-mcp\", \"env\": {\"API_KEY\": \"${input:api-key}\"}}}}\n", kind: .mcpConfig,
                    path: ".vscode/mcp.json"),
            Example("[mcp_servers.api]\nurl = \"https://api.example.com/mcp\"\nbearer_token_env_var = \"API_TOKEN\"\nenv_vars = [\"API_KEY\"]\n",
                    kind: .mcpConfig, path: ".codex/config.toml"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let file = MCPFile(document) else { return checkCodex(document) }
        var findings: [Finding] = []
        for server in file.servers {
            for key in ["env", "headers"] {
                guard let object = file.scan.member(server.node, key) else { continue }
                for child in file.scan.nodes[object].children {
                    guard let name = file.scan.nodes[child].key, let value = file.scan.string(child), !value.isEmpty,
                          Self.looksSecret(name), !Self.isReference(value) else { continue }
                    findings.append(Finding(range: file.scan.anchor(child),
                                            message: "server '\(server.name)' sets \(key) '\(name)' to a literal value (redacted); "
                                                + "reference an environment variable or an input instead"))
                }
            }
            for (text, node) in file.strings(under: server.node) where Self.hasURLPassword(text) {
                findings.append(Finding(range: file.scan.nodes[node].range,
                                        message: "server '\(server.name)' has a URL with a password in it (redacted); move it to an environment variable"))
            }
        }
        return findings
    }

    /// Codex's TOML: a literal in `env` or `http_headers` (Codex takes secrets by variable name:
    /// `env_vars`, `bearer_token_env_var`, `env_http_headers`), or a URL with a password.
    private func checkCodex(_ document: LintDocument) -> [Finding] {
        guard let (client, servers) = MCPServerEntry.entries(document), client == .codex else { return [] }
        var findings: [Finding] = []
        for server in servers {
            for setting in server.settings where !setting.value.isEmpty && Self.looksSecret(setting.name) && !Self.isReference(setting.value) {
                findings.append(Finding(range: setting.range,
                                        message: "server '\(server.name)' sets \(setting.table) '\(setting.name)' to a literal value (redacted); "
                                            + "name an environment variable instead (env_vars, bearer_token_env_var, env_http_headers)"))
            }
            let strings = server.args + server.urls + (server.command.map { [$0] } ?? [])
            for (text, range) in strings where Self.hasURLPassword(text) {
                findings.append(Finding(range: range,
                                        message: "server '\(server.name)' has a URL with a password in it (redacted); move it to an environment variable"))
            }
        }
        return findings
    }

    static func looksSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return secretWords.contains { lowered.contains($0) }
    }

    static func isReference(_ value: String) -> Bool {
        value.contains("${") || value.hasPrefix("$") || value.contains("{{") || value.contains("<") || value.contains("your")
            || value.contains("YOUR") || value.contains("xxx")
    }

    /// `scheme://user:password@host` with a literal password.
    static func hasURLPassword(_ text: String) -> Bool {
        guard let scheme = text.range(of: "://") else { return false }
        let rest = text[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@") else { return false }
        let userInfo = rest[..<at]
        guard !userInfo.contains("/"), let colon = userInfo.firstIndex(of: ":") else { return false }
        let password = userInfo[userInfo.index(after: colon)...]
        return !password.isEmpty && !isReference(String(password))
    }
}
