import Foundation

/// MCP004: an MCP server started from a package runner without a pinned version.
struct MCPUnpinnedPackageRule: Rule {
    let description = RuleDescription(
        id: "MCP004", name: "unpinned-mcp-package",
        summary: "An MCP server runs a package through npx, bunx or uvx without a pinned version",
        rationale: """
            `npx -y pkg`, `pkg@latest` and `uvx pkg` download whatever is published when the \
            client starts, and run it with the user's rights: one compromised release reaches every \
            machine that opens the repository. Pin an exact version (`pkg@1.4.2`, `pkg==1.4.2`).
            """,
        kinds: [.mcpConfig], tags: [.mcp, .supplyChain], defaultSeverity: .warning,
        triggering: [
            Example("{\"mcpServers\": {\"fs\": {\"command\": \"npx\", \"args\": [\"-y\", ↓\"@modelcontextprotocol/server-filesystem\", \".\"]}}}\n",
                    kind: .mcpConfig),
            Example("{\"mcpServers\": {\"pw\": {\"command\": \"npx\", \"args\": [↓\"@playwright/mcp@latest\"]}}}\n", kind: .mcpConfig),
            Example("{\"mcpServers\": {\"fetch\": {\"command\": \"uvx\", \"args\": [↓\"mcp-server-fetch\"]}}}\n", kind: .mcpConfig),
            Example("[mcp_servers.devtools]\ncommand = \"npx\"\n↓args = [\"-y\", \"chrome-devtools-mcp\"]\n", kind: .mcpConfig,
                    path: ".codex/config.toml"),
        ],
        nonTriggering: [
            Example("{\"mcpServers\": {\"pw\": {\"command\": \"npx\", \"args\": [\"-y\", \"@playwright/mcp@0.0.41\"]}}}\n", kind: .mcpConfig),
            Example("{\"mcpServers\": {\"fetch\": {\"command\": \"uvx\", \"args\": [\"mcp-server-fetch==2025.4.7\"]}}}\n", kind: .mcpConfig),
            Example("{\"mcpServers\": {\"local\": {\"command\": \"node\", \"args\": [\"server.js\"]}}}\n", kind: .mcpConfig),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let (_, servers) = MCPServerEntry.entries(document) else { return [] }
        var findings: [Finding] = []
        for server in servers {
            guard let (command, commandRange) = server.command else { continue }
            var words = command.split(separator: " ").map(String.init)
            guard let runner = words.first.map(Self.runnerName) else { continue }
            words.removeFirst()
            let all = words.map { ($0, commandRange) } + server.args
            let isPython = runner == "uvx"
            guard runner == "npx" || runner == "bunx" || isPython else { continue }
            var index = 0
            var package: (String, Range<Int>)?
            while index < all.count {
                let (word, range) = all[index]
                if isPython, word == "--from", index + 1 < all.count { package = all[index + 1]; break }
                if word.hasPrefix("-") {
                    // Options of the runner that take a value.
                    if ["--package", "-p"].contains(word), index + 1 < all.count { package = all[index + 1]; break }
                    index += 1
                    continue
                }
                package = (word, range)
                break
            }
            guard let (name, range) = package, !Self.isPinned(name, python: isPython) else { continue }
            let pin = isPython ? "\(Self.bare(name, python: true))==<version>" : "\(Self.bare(name, python: false))@<version>"
            findings.append(Finding(range: range,
                                    message: "server '\(server.name)' runs '\(name)' through \(runner) without a pinned version; "
                                        + "each start fetches whatever is published. Pin it: \(pin)"))
        }
        return findings
    }

    /// `npx`, `bunx` or `uvx` from a command such as `/usr/local/bin/npx` or `npx.cmd`.
    static func runnerName(_ command: String) -> String {
        var name = String(command.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "").lowercased()
        for suffix in [".cmd", ".exe"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    static func isPinned(_ package: String, python: Bool) -> Bool {
        if python {
            if package.hasPrefix("git+") { return package.range(of: #"@[0-9a-f]{7,40}$"#, options: .regularExpression) != nil }
            return package.contains("==")
        }
        let body = package.hasPrefix("@") ? String(package.dropFirst()) : package
        guard let at = body.lastIndex(of: "@") else { return false }
        let version = body[body.index(after: at)...]
        return !version.isEmpty && !["latest", "next", "*"].contains(version.lowercased())
            && version.first.map { $0.isNumber || $0 == "v" || $0 == "=" } == true
    }

    static func bare(_ package: String, python: Bool) -> String {
        if python { return String(package.split(separator: "=").first ?? Substring(package)) }
        let scoped = package.hasPrefix("@")
        let body = scoped ? String(package.dropFirst()) : package
        let name = body.split(separator: "@", maxSplits: 1).first.map(String.init) ?? body
        return scoped ? "@" + name : name
    }
}
