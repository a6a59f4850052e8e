import RulesmithText

/// One editor's MCP configuration file, merged rather than overwritten: rulesmith owns only the
/// servers it generated (their names are in the lockfile); every other key and server, their
/// order and the bytes between them stay the user's. The managed region of such a file is the
/// owned servers as pretty JSON (`MCPJSONText`), in the order rulesmith rendered them, so the
/// usual blob comparison, 3-way merge and hook check work on it as on a managed block.
public enum MCPServerFile {
    /// The JSON files the `mcp` target writes, by the editor whose target in the same render
    /// asks for them (`.mcp.json` is written when no such editor is there).
    public static let paths: [(path: String, editors: [String])] = [
        (".mcp.json", ["claude", "claude-rules", "agents"]),
        (".cursor/mcp.json", ["cursor", "cursorrules"]),
        (".vscode/mcp.json", ["copilot"]),
        (".gemini/settings.json", ["gemini"]),
        (".kiro/settings/mcp.json", ["kiro"]),
        (CodexServerFile.path, ["agents"]),
    ]

    /// Whether `path` is one of the MCP files rulesmith merges.
    public static func isServerFile(_ path: String) -> Bool {
        paths.contains { $0.path == path }
    }

    /// The member that holds the servers in `path`: `servers` for VS Code, `mcp_servers` for
    /// Codex's TOML, `mcpServers` elsewhere.
    public static func key(for path: String) -> String {
        path == ".vscode/mcp.json" ? "servers" : path == CodexServerFile.path ? CodexServerFile.key : "mcpServers"
    }

    /// Why a file cannot be merged.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The servers (name → pretty value text) of an object of servers such as a rendered region.
    public static func members(of object: [UInt8]) throws(Problem) -> [(String, [UInt8])] {
        let scan = JSONScan(object)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else {
            throw Problem(message: "the servers are not a JSON object")
        }
        return scan.nodes[root].children.map { (scan.nodes[$0].key ?? "", MCPJSONText.write(scan, $0)) }
    }

    /// The names of the servers `file` defines under its servers key (empty when it has none).
    public static func serverNames(in file: [UInt8], path: String) throws(Problem) -> [String] {
        if path == CodexServerFile.path { return try CodexServerFile.serverNames(in: file) }
        let (scan, container) = try servers(in: file, path: path)
        guard let container else { return [] }
        return scan.nodes[container].children.compactMap { scan.nodes[$0].key }
    }

    /// The owned region of `file`: the servers named `owned` that it holds, in that order.
    public static func region(of file: [UInt8], path: String, owned: [String]) throws(Problem) -> [UInt8] {
        if path == CodexServerFile.path { return try CodexServerFile.region(of: file, owned: owned) }
        let (scan, container) = try servers(in: file, path: path)
        var members: [(String, [UInt8])] = []
        if let container {
            for name in owned {
                if let node = scan.member(container, name) { members.append((name, MCPJSONText.write(scan, node))) }
            }
        }
        return MCPJSONText.object(members) + [0x0A]
    }

    /// The owned region of a rendered file (all its servers).
    public static func region(ofRendered contents: [UInt8], path: String) -> [UInt8] {
        let names = (try? serverNames(in: contents, path: path)) ?? []
        return (try? region(of: contents, path: path, owned: names)) ?? contents
    }

    /// A whole new file holding `body` (an object of servers).
    public static func newFile(path: String, body: [UInt8]) throws(Problem) -> [UInt8] {
        if path == CodexServerFile.path { return try CodexServerFile.newFile(body: body) }
        let members = try members(of: body)
        let servers = MCPJSONText.object(members, base: "  ")
        var output = Array("{\n  ".utf8)
        JSONValue.escape(key(for: path), into: &output)
        output += Array(": ".utf8) + servers + Array("\n}\n".utf8)
        return output
    }

    /// A whole new file holding only `servers` (name → value text as `members(of:)` gives it).
    public static func newFile(path: String, servers: [(String, [UInt8])]) -> [UInt8] {
        (try? newFile(path: path, body: MCPJSONText.object(servers))) ?? []
    }

    /// `file` with the servers named `owned` replaced by those of `body`: an owned server missing
    /// from `body` is removed, one in both is replaced in place, a new one is appended; nothing
    /// else changes. `file` nil or empty: a new file.
    public static func replacing(in file: [UInt8]?, path: String, owned: [String], with body: [UInt8]) throws(Problem) -> [UInt8] {
        if path == CodexServerFile.path { return try CodexServerFile.replacing(in: file, owned: owned, with: body) }
        guard var file, !file.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else {
            return try newFile(path: path, body: body)
        }
        let wanted = try members(of: body)
        let wantedNames = Set(wanted.map(\.0))
        // One edit at a time, scanning again after each: files are small, and every edit then
        // works on exact byte ranges.
        for name in owned where !wantedNames.contains(name) {
            let (scan, container) = try servers(in: file, path: path)
            guard let container, let node = scan.member(container, name) else { continue }
            file = removingMember(node, of: container, scan: scan, file: file)
        }
        for (name, value) in wanted {
            let (scan, container) = try servers(in: file, path: path)
            if let container, let node = scan.member(container, name) {
                let indent = lineIndent(of: scan.nodes[node].keyRange?.lowerBound ?? scan.nodes[node].range.lowerBound, in: file)
                let unit = indentUnit(scan: scan, container: container, file: file)
                let text = MCPJSONText.reindent(reindentUnit(value, unit: unit), by: indent)
                file.replaceSubrange(scan.nodes[node].range, with: text)
            } else if let container {
                file = appending(name: name, value: value, to: container, scan: scan, file: file)
            } else {
                guard let root = scan.root else { throw Problem(message: "the file holds no JSON object") }
                let servers = Array(MCPJSONText.object([(name, value)]))
                file = appending(name: key(for: path), value: servers, to: root, scan: scan, file: file)
            }
        }
        return file
    }

    /// The scan of `file` and the node of its servers object (nil when it has none).
    static func servers(in file: [UInt8], path: String) throws(Problem) -> (JSONScan, Int?) {
        let scan = JSONScan(file)
        if let error = scan.error {
            throw Problem(message: "not valid JSON at byte \(error.offset): \(error.reason); fix it, then run rulesmith again")
        }
        guard let root = scan.root, scan.nodes[root].kind == .object else {
            throw Problem(message: "must hold a JSON object")
        }
        guard let container = scan.member(root, key(for: path)) else { return (scan, nil) }
        guard scan.nodes[container].kind == .object else {
            throw Problem(message: "'\(key(for: path))' must be an object of servers")
        }
        return (scan, container)
    }

    /// `file` with member `node` of object `container` removed, with its separating comma.
    private static func removingMember(_ node: Int, of container: Int, scan: JSONScan, file: [UInt8]) -> [UInt8] {
        let children = scan.nodes[container].children
        guard let position = children.firstIndex(of: node) else { return file }
        let start = scan.nodes[node].keyRange?.lowerBound ?? scan.nodes[node].range.lowerBound
        var output = file
        if position > 0 {
            // From the end of the previous value (its comma and our line go) to the end of ours.
            let previousEnd = scan.nodes[children[position - 1]].range.upperBound
            output.removeSubrange(previousEnd..<scan.nodes[node].range.upperBound)
        } else if children.count > 1 {
            let nextStart = scan.nodes[children[1]].keyRange?.lowerBound ?? scan.nodes[children[1]].range.lowerBound
            output.removeSubrange(start..<nextStart)
        } else {
            // The only member: the object becomes empty, its brackets stay where they were.
            let open = scan.nodes[container].range.lowerBound + 1
            let close = scan.nodes[container].range.upperBound - 1
            output.replaceSubrange(open..<close, with: [])
        }
        return output
    }

    /// `file` with `"name": value` added as the last member of object `container`.
    private static func appending(name: String, value: [UInt8], to container: Int, scan: JSONScan, file: [UInt8]) -> [UInt8] {
        let object = scan.nodes[container]
        let closing = object.range.upperBound - 1
        let closingIndent = lineIndent(of: closing, in: file)
        let unit = indentUnit(scan: scan, container: container, file: file)
        var memberIndent: [UInt8]
        if let last = object.children.last {
            memberIndent = lineIndent(of: scan.nodes[last].keyRange?.lowerBound ?? scan.nodes[last].range.lowerBound, in: file)
        } else {
            memberIndent = lineIndent(of: object.range.lowerBound, in: file) + unit
        }
        var member: [UInt8] = []
        JSONValue.escape(name, into: &member)
        member += Array(": ".utf8) + MCPJSONText.reindent(reindentUnit(value, unit: unit), by: memberIndent)
        var output = file
        if let last = object.children.last {
            let end = scan.nodes[last].range.upperBound
            // A trailing comma (JSONC) already separates; otherwise add one.
            var cursor = end
            var trailingComma = false
            while cursor < closing {
                if file[cursor] == UInt8(ascii: ",") { trailingComma = true; break }
                if file[cursor] == UInt8(ascii: "/") { break }
                cursor += 1
            }
            let insertAt = trailingComma ? cursor + 1 : end
            output.insert(contentsOf: (trailingComma ? [] : [UInt8(ascii: ",")]) + [0x0A] + memberIndent + member, at: insertAt)
        } else {
            let open = object.range.lowerBound + 1
            let inside = Array(file[open..<closing])
            let blank = inside.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
            let text = [0x0A] + memberIndent + member + [0x0A] + closingIndent
            if blank {
                output.replaceSubrange(open..<closing, with: text)
            } else {
                output.insert(contentsOf: text, at: open)
            }
        }
        return output
    }

    /// The spaces or tabs that start the line holding `offset`, when only they precede it.
    private static func lineIndent(of offset: Int, in file: [UInt8]) -> [UInt8] {
        var start = offset
        while start > 0, file[start - 1] != 0x0A { start -= 1 }
        let prefix = Array(file[start..<offset])
        return prefix.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? prefix : []
    }

    /// The file's indent step, from the container's members (two spaces when it cannot tell).
    private static func indentUnit(scan: JSONScan, container: Int, file: [UInt8]) -> [UInt8] {
        let outer = lineIndent(of: scan.nodes[container].keyRange?.lowerBound ?? scan.nodes[container].range.lowerBound, in: file)
        if let first = scan.nodes[container].children.first {
            let inner = lineIndent(of: scan.nodes[first].keyRange?.lowerBound ?? scan.nodes[first].range.lowerBound, in: file)
            if inner.count > outer.count, inner.starts(with: outer) { return Array(inner[outer.count...]) }
        }
        return Array("  ".utf8)
    }

    /// Pretty text written with a two-space step, rewritten to `unit` per level.
    private static func reindentUnit(_ text: [UInt8], unit: [UInt8]) -> [UInt8] {
        guard unit != Array("  ".utf8) else { return text }
        var output: [UInt8] = []
        var atLineStart = false
        var spaces = 0
        for byte in text {
            if atLineStart, byte == 0x20 {
                spaces += 1
                continue
            }
            if atLineStart {
                for _ in 0..<(spaces / 2) { output += unit }
                atLineStart = false
                spaces = 0
            }
            output.append(byte)
            if byte == 0x0A { atLineStart = true }
        }
        return output
    }
}

extension MCPServerFile {
    /// Why apply must not write `file`: a server rulesmith renders has the name of one of the
    /// user's (present, not owned); nil when there is none or the layout is not a servers layout.
    public static func collision(in file: [UInt8], layout: ManagedLayout, rendered: RenderedFile?) -> String? {
        guard case .servers(let path, let owned) = layout, let rendered,
              let present = try? serverNames(in: file, path: path),
              let ours = try? serverNames(in: rendered.contents, path: path)
        else { return nil }
        let taken = ours.filter { present.contains($0) && !owned.contains($0) }
        guard !taken.isEmpty else { return nil }
        return "conflict: it already has your server\(taken.count == 1 ? "" : "s") \(taken.map { "'\($0)'" }.joined(separator: ", ")), "
            + "which rulesmith also renders; it never overwrites yours: rename or remove yours, then run rulesmith apply"
    }
}
