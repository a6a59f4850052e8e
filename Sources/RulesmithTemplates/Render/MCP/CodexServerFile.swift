import RulesmithText

/// Codex's `.codex/config.toml`, merged like the JSON MCP files: rulesmith owns only its
/// `[mcp_servers.<name>]` tables (their names are in the lockfile); every other table, key and
/// comment, and their order, stay byte for byte. The managed region is the owned servers read back
/// as pretty JSON (`MCPJSONText`), so drift, the 3-way merge and the hook's check work on it as
/// on the JSON files. Codex passes secrets by the name of an environment variable and
/// interpolates nothing (agent-surface.md §6, [S4]): a stack's `"KEY": "${KEY}"` in `env` becomes
/// `env_vars = ["KEY"]`, a `Bearer ${TOKEN}` header `bearer_token_env_var = "TOKEN"`.
enum CodexServerFile {
    static let path = ".codex/config.toml"
    static let key = "mcp_servers"

    typealias Problem = MCPServerFile.Problem

    /// The document, or why it is not TOML (with the line).
    static func document(_ file: [UInt8]) throws(Problem) -> TOMLTable {
        do {
            return try TOMLReader.read(String(decoding: file, as: UTF8.self))
        } catch {
            throw Problem(message: "not valid TOML at \(error.description); fix it, then run rulesmith again")
        }
    }

    /// The names of the servers under `mcp_servers`, in file order.
    static func serverNames(in file: [UInt8]) throws(Problem) -> [String] {
        let document = try document(file)
        guard let servers = document[key] else { return [] }
        guard let table = servers.table else { throw Problem(message: "'\(key)' must be a table of servers") }
        return table.keys
    }

    /// The owned servers as an object of pretty JSON (in `owned` order), with a final newline.
    static func region(of file: [UInt8], owned: [String]) throws(Problem) -> [UInt8] {
        let document = try document(file)
        var members: [(String, [UInt8])] = []
        if let servers = document[key] {
            guard let table = servers.table else { throw Problem(message: "'\(key)' must be a table of servers") }
            for name in owned {
                guard let value = table[name] else { continue }
                members.append((name, try prettyJSON(value)))
            }
        }
        return MCPJSONText.object(members) + [0x0A]
    }

    /// A new file of `body`'s servers (already in Codex's shape), one table each.
    static func newFile(body: [UInt8]) throws(Problem) -> [UInt8] {
        let members = try MCPServerFile.members(of: body)
        var output: [UInt8] = []
        for (position, (name, value)) in members.enumerated() {
            if position > 0 { output.append(0x0A) }
            output += try table(name, value)
        }
        return output
    }

    /// `file` with the `[mcp_servers.<name>]` tables of `owned` replaced by `body`'s servers: an
    /// owned one missing from `body` is removed, one in both replaced where it stands, a new one
    /// added after the last server table (or at the end). Nothing else changes.
    static func replacing(in file: [UInt8]?, owned: [String], with body: [UInt8]) throws(Problem) -> [UInt8] {
        guard var file, !file.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else {
            return try newFile(body: body)
        }
        _ = try document(file)
        let wanted = try MCPServerFile.members(of: body)
        let wantedNames = Set(wanted.map(\.0))
        for name in owned where !wantedNames.contains(name) {
            for range in try spans(of: name, in: file).reversed() { file = removing(range, from: file) }
        }
        for (name, value) in wanted {
            let text = try table(name, value)
            let spans = try spans(of: name, in: file)
            if let first = spans.first {
                for range in spans.dropFirst().reversed() { file = removing(range, from: file) }
                var replacement = text
                if first.upperBound == file.count, file.last != 0x0A { replacement.removeLast() }
                file.replaceSubrange(first, with: replacement)
            } else if try serverNames(in: file).contains(name) {
                throw Problem(message: "server '\(name)' is not written as a [\(key).\(name)] table; rulesmith cannot merge it")
            } else {
                let last = TOMLTableSpans.spans(file).last { $0.path.first == key && $0.path.count >= 2 }
                if let last {
                    file.insert(contentsOf: [0x0A] + text, at: last.range.upperBound)
                } else {
                    if file.last != 0x0A { file.append(0x0A) }
                    if !(file.count >= 2 && file[file.count - 2] == 0x0A) { file.append(0x0A) }
                    file += text
                }
            }
        }
        return file
    }

    /// The byte ranges of server `name`'s table and its sub-tables, in file order.
    private static func spans(of name: String, in file: [UInt8]) throws(Problem) -> [Range<Int>] {
        TOMLTableSpans.spans(file).filter { $0.path.count >= 2 && $0.path[0] == key && $0.path[1] == name }.map(\.range)
    }

    /// `file` without `range`, and without the blank line that separated it from what came before.
    private static func removing(_ range: Range<Int>, from file: [UInt8]) -> [UInt8] {
        var output = file
        output.removeSubrange(range)
        let start = range.lowerBound
        if start >= 2, output[start - 1] == 0x0A, output[start - 2] == 0x0A { output.remove(at: start - 1) }
        return output
    }

    // MARK: TOML text

    /// `[mcp_servers.<name>]` and one `key = value` line per member; nested objects are inline
    /// tables, so the member order is kept exactly.
    static func table(_ name: String, _ value: [UInt8]) throws(Problem) -> [UInt8] {
        let scan = JSONScan(value)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else {
            throw Problem(message: "server '\(name)' is not a JSON object")
        }
        var output = Array("[\(key).".utf8) + tomlKey(name) + Array("]\n".utf8)
        for child in scan.nodes[root].children {
            output += tomlKey(scan.nodes[child].key ?? "") + Array(" = ".utf8)
            try tomlValue(scan, child, into: &output, server: name)
            output.append(0x0A)
        }
        return output
    }

    private static func tomlKey(_ key: String) -> [UInt8] {
        let bare = !key.isEmpty && key.utf8.allSatisfy { ByteClass.isServerNameByte($0) }
        return bare ? Array(key.utf8) : tomlString(key)
    }

    private static func tomlString(_ text: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += Array("\\\"".utf8)
            case "\\": output += Array("\\\\".utf8)
            case "\n": output += Array("\\n".utf8)
            case "\t": output += Array("\\t".utf8)
            case "\r": output += Array("\\r".utf8)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output += Array(String(scalar).utf8)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
        return output
    }

    private static func tomlValue(_ scan: JSONScan, _ node: Int, into output: inout [UInt8], server: String) throws(Problem) {
        let value = scan.nodes[node]
        switch value.kind {
        case .string: output += tomlString(value.text ?? "")
        case .number, .bool: output += Array((value.text ?? "").utf8)
        case .null: throw Problem(message: "server '\(server)': TOML has no null ('\(value.key ?? "")'); leave the key out")
        case .array:
            output.append(UInt8(ascii: "["))
            for (position, child) in value.children.enumerated() {
                if position > 0 { output += Array(", ".utf8) }
                try tomlValue(scan, child, into: &output, server: server)
            }
            output.append(UInt8(ascii: "]"))
        case .object:
            guard !value.children.isEmpty else {
                output += Array("{}".utf8)
                return
            }
            output += Array("{ ".utf8)
            for (position, child) in value.children.enumerated() {
                if position > 0 { output += Array(", ".utf8) }
                output += tomlKey(scan.nodes[child].key ?? "") + Array(" = ".utf8)
                try tomlValue(scan, child, into: &output, server: server)
            }
            output += Array(" }".utf8)
        }
    }

    // MARK: TOML → JSON

    /// A TOML value as pretty JSON text: numbers and booleans JSON can hold stay literals; other
    /// scalars (dates, `1_000`) become strings.
    static func prettyJSON(_ value: TOMLValue) throws(Problem) -> [UInt8] {
        var compact: [UInt8] = []
        json(value, into: &compact)
        let scan = JSONScan(compact)
        guard scan.error == nil, let root = scan.root else { throw Problem(message: "a server cannot be read as JSON") }
        return MCPJSONText.write(scan, root)
    }

    private static func json(_ value: TOMLValue, into output: inout [UInt8]) {
        switch value {
        case .string(let text): JSONValue.escape(text, into: &output)
        case .scalar(let text):
            if text == "true" || text == "false" || isJSONNumber(text) {
                output += Array(text.utf8)
            } else {
                JSONValue.escape(text, into: &output)
            }
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                json(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .table(let table):
            output.append(UInt8(ascii: "{"))
            for (position, key) in table.keys.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.escape(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if let member = table[key] { json(member, into: &output) }
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func isJSONNumber(_ text: String) -> Bool {
        let scan = JSONScan(Array(text.utf8))
        return scan.error == nil && scan.root.map { scan.nodes[$0].kind == .number } == true
    }
}
