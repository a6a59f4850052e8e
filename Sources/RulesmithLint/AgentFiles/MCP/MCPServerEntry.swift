import RulesmithText

/// One MCP server as the format-neutral rules see it, from JSON or from Codex's TOML: its name,
/// where it is defined, and the strings that start or reach it, each with its bytes.
struct MCPServerEntry {
    var name: String
    var anchor: Range<Int>
    var command: (text: String, range: Range<Int>)?
    var args: [(text: String, range: Range<Int>)]
    /// `url` and Gemini's `httpUrl`.
    var urls: [(text: String, range: Range<Int>)]
    /// Codex only: the literal values of `env` and `http_headers` (table, name, value) and `cwd`,
    /// which the JSON rules read from the JSON itself.
    var settings: [(table: String, name: String, value: String, range: Range<Int>)] = []
    var cwd: (text: String, range: Range<Int>)?

    /// The servers of an MCP configuration in any client's format; nil when it cannot be read.
    static func entries(_ document: LintDocument) -> (client: MCPFile.Client, servers: [MCPServerEntry])? {
        if let file = MCPFile(document) {
            let scan = file.scan
            return (file.client, file.servers.map { server in
                let command = scan.member(server.node, "command").flatMap { node in scan.string(node).map { ($0, scan.nodes[node].range) } }
                let args = scan.member(server.node, "args").map { node in
                    scan.nodes[node].children.compactMap { child in scan.string(child).map { ($0, scan.nodes[child].range) } }
                } ?? []
                let urls = MCPServerTransportRule.urlKeys.compactMap { key in
                    scan.member(server.node, key).flatMap { node in scan.string(node).map { ($0, scan.nodes[node].range) } }
                }
                return MCPServerEntry(name: server.name, anchor: scan.anchor(server.node), command: command, args: args, urls: urls)
            })
        }
        guard let codex = document.analysis(CodexConfig.self).servers else { return nil }
        return (.codex, codex)
    }
}

/// Codex's `.codex/config.toml` read with the strict TOML reader: the `[mcp_servers.<name>]`
/// tables, each value placed on the line that sets it (the reader keeps lines, not columns).
struct CodexConfig: DocumentAnalysis {
    /// The servers, or nil when this is not a Codex file or it cannot be read.
    let servers: [MCPServerEntry]?
    /// Why the TOML could not be read, with its 1-based line.
    let error: TOMLError?

    init(_ document: LintDocument) {
        guard document.kind == .mcpConfig, MCPFile.client(of: document) == .codex, document.isReadableRulesText else {
            servers = nil
            error = nil
            return
        }
        let source = document.source
        func range(_ line: Int?) -> Range<Int> {
            guard let line, line >= 1, line <= source.lineCount else { return 0..<0 }
            return source.contentRange(ofLine: line - 1)
        }
        do {
            let root = try TOMLReader.read(source.string(0..<source.bytes.count))
            error = nil
            guard let table = root["mcp_servers"]?.table else {
                servers = []
                return
            }
            servers = table.keys.compactMap { name in
                guard let server = table[name]?.table else { return nil }
                let command = server["command"]?.string.map { ($0, range(server.line(of: "command"))) }
                let args = server["args"]?.strings.map { ($0, range(server.line(of: "args"))) } ?? []
                let urls = server["url"]?.string.map { [($0, range(server.line(of: "url")))] } ?? []
                var entry = MCPServerEntry(name: name, anchor: range(table.line(of: name)), command: command, args: args, urls: urls)
                for key in ["env", "http_headers"] {
                    guard let values = server[key]?.table else { continue }
                    for valueName in values.keys {
                        guard let value = values[valueName]?.string else { continue }
                        entry.settings.append((key, valueName, value, range(values.line(of: valueName) ?? server.line(of: key))))
                    }
                }
                entry.cwd = server["cwd"]?.string.map { ($0, range(server.line(of: "cwd"))) }
                return entry
            }
        } catch let failure {
            servers = nil
            error = failure
        }
    }
}
