import RulesmithEditors
import RulesmithText

/// The `mcp` target: the chain's MCP servers written into the MCP file of each editor rendered
/// alongside (`MCPServerFile.paths`; `.mcp.json` when none of them is), and for Codex (the
/// `agents` target) its `.codex/config.toml` tables in Codex's shape (`CodexServerShape`). Each file's contents are
/// what rulesmith writes where no file exists; over an existing file apply merges only its own
/// servers in (`ManagedLayout.servers`).
enum MCPFormat: TargetFormat {
    static let name = "mcp"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard !context.servers.isEmpty else {
            notes.append(RenderNote(target: name, message: "no stack of the render has MCP servers (mcp.json); nothing rendered"))
            return []
        }
        let rendered = Set(context.rulesByTarget.keys)
        var paths = MCPServerFile.paths.filter { !rendered.isDisjoint(with: $0.editors) }.map(\.path)
        if paths.isEmpty { paths = [MCPServerFile.paths[0].path] }
        let body = MCPJSONText.object(context.servers)
        let origins = context.servers.map { "mcp/\($0.0)" }
        return paths.compactMap { path in
            var fileBody = body
            if path == CodexServerFile.path {
                fileBody = MCPJSONText.object(context.servers.map { server in
                    var unmapped: [String] = []
                    let value = CodexServerShape.codex(server.1, unmapped: &unmapped)
                    if !unmapped.isEmpty {
                        notes.append(RenderNote(
                            target: name, path: path,
                            message: "server '\(server.0)': Codex interpolates no ${…}; env \(unmapped.map { "'\($0)'" }.joined(separator: ", ")) "
                                + "reach it as written: name the variable after the key (\"KEY\": \"${KEY}\") to pass it by name (env_vars)"))
                    }
                    return (server.0, value)
                })
            }
            do {
                return RenderedFile(path: path, target: name, contents: try MCPServerFile.newFile(path: path, body: fileBody), rules: origins)
            } catch {
                notes.append(RenderNote(target: name, path: path, message: "not rendered: \(error)"))
                return nil
            }
        }
    }
}

extension RuleSet {
    /// The servers of every stack's `mcp.json`, base first; a later stack's server replaces an
    /// earlier one of the same name where it stood. A placeholder is filled with the variable's
    /// value escaped for a JSON string; one without a value stops the render (a server with half
    /// its arguments would start wrong).
    func mcpServers(_ chain: [TemplateStack]) throws(RenderError) -> [(String, [UInt8])] {
        var servers: [(String, [UInt8])] = []
        for stack in chain {
            guard let file = stack.mcpFile else { continue }
            let filled = try PlaceholderSubstitution.substitute(file) { (variableName: String) throws(RenderError) -> PlaceholderSubstitution.Replacement in
                guard let variable = resolution.lookup(variableName, inRuleOf: stack.id) else { return .keep }
                guard let value = variable.value else {
                    throw .template("\(stack.id)/\(MCPServerTemplates.fileName): variable '\(variableName)' has no value; give it one with \(option: .variable) \(stack.id).\(variableName)=VALUE")
                }
                var escaped: [UInt8] = []
                JSONValue.escape(value, into: &escaped)
                return .value(String(decoding: escaped.dropFirst().dropLast(), as: UTF8.self))
            }
            for (name, value) in MCPServerTemplates.servers(filled) {
                if let index = servers.firstIndex(where: { $0.0 == name }) {
                    servers[index] = (name, value)
                } else {
                    servers.append((name, value))
                }
            }
        }
        return servers
    }
}
