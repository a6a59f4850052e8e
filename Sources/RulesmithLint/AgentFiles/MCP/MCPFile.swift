import RulesmithText

/// An MCP configuration as one client reads it: which client, the key that holds the servers,
/// and each server's node in the parsed JSON.
struct MCPFile {
    /// The client a configuration file belongs to (`agent-surface.md` §6).
    enum Client: String {
        case claude = "Claude Code"
        case cursor = "Cursor"
        case vscode = "VS Code"
        case gemini = "Gemini CLI"
        case kiro = "Kiro"
        case codex = "Codex"
    }

    let client: Client
    let scan: JSONScan
    /// The object of servers, when the file has the client's key.
    let serversNode: Int?
    /// Each server's name and node.
    let servers: [(name: String, node: Int)]

    /// The key that must hold the servers for `client`.
    static func serversKey(for client: Client) -> String { client == .vscode ? "servers" : "mcpServers" }

    static func client(of document: LintDocument) -> Client? {
        let name = AgentFileSupport.fileName(document)
        let parent = AgentFileSupport.parentName(document)
        switch (parent, name) {
        case (_, ".mcp.json"): return .claude
        case (".cursor", "mcp.json"): return .cursor
        case (".vscode", "mcp.json"): return .vscode
        case (".gemini", "settings.json"): return .gemini
        case ("settings", "mcp.json"): return .kiro
        case (".codex", "config.toml"): return .codex
        // A template stack's `mcp.json` (linted by the registry's import gate as an MCP
        // configuration): the `mcpServers` shape every JSON client but VS Code reads.
        case (_, "mcp.json"): return .claude
        default: return nil
        }
    }

    /// The parsed file, or nil for Codex's TOML, text that is not UTF-8, or JSON that does not parse.
    init?(_ document: LintDocument) {
        guard document.kind == .mcpConfig, let client = Self.client(of: document), client != .codex,
              document.isReadableRulesText else { return nil }
        let scan = AgentFileSupport.json(document)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else { return nil }
        self.client = client
        self.scan = scan
        let node = scan.member(root, Self.serversKey(for: client))
        serversNode = node.flatMap { scan.nodes[$0].kind == .object ? $0 : nil }
        servers = serversNode.map { object in
            scan.nodes[object].children.compactMap { child in
                scan.nodes[child].kind == .object ? (scan.nodes[child].key ?? "", child) : nil
            }
        } ?? []
    }

    /// Every string under `node` (its own text, array elements, object values), with its node.
    func strings(under node: Int) -> [(text: String, node: Int)] {
        var output: [(String, Int)] = []
        var pending = [node]
        while let current = pending.popLast() {
            if let text = scan.string(current) { output.append((text, current)) }
            pending.append(contentsOf: scan.nodes[current].children.reversed())
        }
        return output
    }
}
