import RulesmithEditors
import RulesmithTemplates

/// `rulesmith adopt` of a hand edit of rulesmith's MCP servers in an MCP file: each edited owned
/// server becomes the overlay `.rulesmith/overlays/mcp/<server>.json`, rendered into every
/// editor's MCP file in place of the stack's definition.
enum AdoptMCPServer {
    static func adopt(_ drift: FileDrift, session: WorkflowSession) throws -> AdoptOutcome {
        let relative = drift.path
        guard drift.layout.ownedServers != nil, let edited = drift.current, let wanted = drift.wanted else {
            throw RulesmithError("\(relative): nothing to compare with")
        }
        let editedMembers: [(String, [UInt8])]
        let wantedMembers: [(String, [UInt8])]
        do {
            editedMembers = try MCPServerFile.members(of: edited)
            wantedMembers = try MCPServerFile.members(of: wanted)
        } catch {
            throw RulesmithError("\(relative): its MCP servers cannot be read: \(error.message)")
        }
        let editedByName = Dictionary(editedMembers, uniquingKeysWith: { first, _ in first })
        var writes: [AdoptAssetOverlays.Write] = []
        for (name, stackValue) in wantedMembers {
            guard let value = editedByName[name] else {
                throw RulesmithError(
                    "\(relative): you removed rulesmith's MCP server '\(name)'; adopt keeps edits, not removals: drop the server from "
                        + "the stack's \(MCPServerTemplates.fileName), or name it in no stack, then apply")
            }
            guard value != stackValue else { continue }
            let path = AssetOverlays.path(server: name)
            // Codex's tables hold the server in Codex's shape; the overlay keeps the stack's shape,
            // so the adopted server renders into every editor's file.
            let codex = MCPServerFile.key(for: relative) == "mcp_servers"
            var base = codex ? CodexServerShape.stack(stackValue) : stackValue
            let adoptedValue = codex ? CodexServerShape.stack(value) : value
            if session.configuration.overlays.contains(path), case .file(let bytes) = session.workspace.read(AssetOverlays.basePath(of: path)),
               let definition = try? AssetOverlays.serverDefinition(bytes, path: path) {
                base = definition
            }
            writes.append(AdoptAssetOverlays.Write(path: path, adopted: adoptedValue + [0x0A], base: base + [0x0A], replaces: "mcp:\(name)"))
        }
        guard !writes.isEmpty else {
            return AdoptOutcome(file: relative, nothingToAdopt: "\(relative): rulesmith's MCP servers match the render (only layout differs)")
        }
        // The adopted servers are linted as an MCP file of this editor holding only them: the
        // user's own servers are not rulesmith's to judge here.
        let adopted = wantedMembers.compactMap { name, _ in
            writes.contains { $0.path == AssetOverlays.path(server: name) } ? editedByName[name].map { (name, $0) } : nil
        }
        try AdoptAssetOverlays.checkLint(
            MCPServerFile.newFile(path: relative, servers: adopted), path: relative, kind: .mcpConfig, what: "your version of rulesmith's MCP servers")
        return try AdoptAssetOverlays.adopt(writes, file: relative, session: session)
    }
}
