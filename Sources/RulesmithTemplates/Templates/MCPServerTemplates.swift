import RulesmithEditors
import RulesmithText

/// The MCP servers a stack carries: its `mcp.json`, `{"mcpServers": {"<name>": {…}}}`, whose
/// string values may hold `{{variable}}` placeholders (a port, a package version). The file is
/// kept byte for byte among the stack's documents, so the registry stores and exports it as is.
public enum MCPServerTemplates {
    /// The file name in a stack folder.
    public static let fileName = "mcp.json"

    /// The server names of `bytes`, in file order; throws when it is not such a file.
    public static func validate(_ bytes: [UInt8], path: String) throws -> [String] {
        let scan = JSONScan(bytes)
        if let error = scan.error {
            throw TemplateError.malformedStack(path: path, reason: "not valid JSON at byte \(error.offset): \(error.reason)")
        }
        guard let root = scan.root, scan.nodes[root].kind == .object,
              let servers = scan.member(root, "mcpServers"), scan.nodes[servers].kind == .object
        else {
            throw TemplateError.malformedStack(path: path, reason: "must be an object with an 'mcpServers' object of servers")
        }
        var names: [String] = []
        for child in scan.nodes[servers].children {
            let name = scan.nodes[child].key ?? ""
            guard !name.isEmpty, name.utf8.allSatisfy({ ByteClass.isServerNameByte($0) }), name.utf8.count <= 64 else {
                throw TemplateError.malformedStack(
                    path: path, reason: "server name '\(name)' must be 1–64 letters, digits, '-' or '_' (Claude Code reads no other)")
            }
            guard scan.nodes[child].kind == .object else {
                throw TemplateError.malformedStack(path: path, reason: "server '\(name)' must be an object")
            }
            guard !names.contains(name) else {
                throw TemplateError.malformedStack(path: path, reason: "server '\(name)' is defined twice")
            }
            names.append(name)
        }
        return names
    }

    /// The servers of `bytes` (name → pretty value text), after `substitute` filled each placeholder.
    static func servers(_ bytes: [UInt8]) -> [(String, [UInt8])] {
        let scan = JSONScan(bytes)
        guard scan.error == nil, let root = scan.root, let servers = scan.member(root, "mcpServers"),
              scan.nodes[servers].kind == .object
        else { return [] }
        return scan.nodes[servers].children.map { (scan.nodes[$0].key ?? "", MCPJSONText.write(scan, $0)) }
    }
}

extension ByteClass {
    /// Letters, digits, `-` and `_`: what Claude Code accepts in a server name.
    static func isServerNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

extension TemplateStack {
    /// The stack's `mcp.json`, when it has one.
    public var mcpFile: [UInt8]? { documents[MCPServerTemplates.fileName] }
}

extension TemplateStack {
    /// The stack's files other than rules that reach repositories as written (its `mcp.json`,
    /// every file of its skills), as the lint gate sees them: each with the kind it has once
    /// rendered, named by its place in the import.
    public var assetSourceFiles: [TemplateSourceFile] {
        var files: [TemplateSourceFile] = []
        if let mcpFile {
            files.append(TemplateSourceFile(path: sourcePath + "/" + MCPServerTemplates.fileName, kind: .mcpConfig, bytes: mcpFile))
        }
        for skill in skills {
            for path in skill.files.keys.sorted() {
                let rendered = ".claude/skills/\(skill.name)/\(path)"
                let kind = FileKind.classify(rendered) ?? .agentSkill
                files.append(TemplateSourceFile(path: "\(sourcePath)/\(SkillTemplate.folder)/\(skill.name)/\(path)", kind: kind, bytes: skill.files[path]!))
            }
        }
        return files
    }
}
