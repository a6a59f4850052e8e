import RulesmithText

/// A stack server (the JSON clients' shape) in Codex's shape and back. Codex reads secrets from
/// the environment by variable name and interpolates no `${…}` (agent-surface.md §6, [S4]):
/// `env` entries `"KEY": "${KEY}"` become `env_vars`, a `Bearer ${VAR}` authorization header
/// `bearer_token_env_var`, a header `"${VAR}"` `env_http_headers`, other headers `http_headers`;
/// `type` is left out (Codex tells stdio from HTTP by `command` or `url`).
public enum CodexServerShape {
    /// `value` (pretty JSON of one server) as Codex's definition; `unmapped` gets the env keys
    /// whose `${…}` Codex would pass literally.
    static func codex(_ value: [UInt8], unmapped: inout [String]) -> [UInt8] {
        let scan = JSONScan(value)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else { return value }
        var members: [(String, [UInt8])] = []
        for child in scan.nodes[root].children {
            let key = scan.nodes[child].key ?? ""
            let node = scan.nodes[child]
            switch key {
            case "type":
                continue
            case "env" where node.kind == .object:
                var literal: [(String, [UInt8])] = []
                var names: [String] = []
                for entry in node.children {
                    let name = scan.nodes[entry].key ?? ""
                    if let text = scan.string(entry), let variable = reference(text), variable == name {
                        names.append(name)
                    } else {
                        if let text = scan.string(entry), text.contains("$") { unmapped.append(name) }
                        literal.append((name, MCPJSONText.write(scan, entry)))
                    }
                }
                if !literal.isEmpty { members.append(("env", MCPJSONText.object(literal))) }
                if !names.isEmpty { members.append(("env_vars", array(names))) }
            case "headers" where node.kind == .object:
                var plain: [(String, [UInt8])] = []
                var fromEnvironment: [(String, [UInt8])] = []
                var bearer: String?
                for entry in node.children {
                    let name = scan.nodes[entry].key ?? ""
                    let text = scan.string(entry) ?? ""
                    if bearer == nil, name.lowercased() == "authorization", text.hasPrefix("Bearer "),
                       let variable = reference(String(text.dropFirst(7))) {
                        bearer = variable
                    } else if let variable = reference(text) {
                        fromEnvironment.append((name, string(variable)))
                    } else {
                        plain.append((name, MCPJSONText.write(scan, entry)))
                    }
                }
                if !plain.isEmpty { members.append(("http_headers", MCPJSONText.object(plain))) }
                if !fromEnvironment.isEmpty { members.append(("env_http_headers", MCPJSONText.object(fromEnvironment))) }
                if let bearer { members.append(("bearer_token_env_var", string(bearer))) }
            default:
                members.append((key, MCPJSONText.write(scan, child)))
            }
        }
        return MCPJSONText.object(members)
    }

    /// A Codex definition (pretty JSON of one server) in the JSON clients' shape: what `adopt`
    /// keeps, so the adopted server renders into every editor's file.
    public static func stack(_ value: [UInt8]) -> [UInt8] {
        let scan = JSONScan(value)
        guard scan.error == nil, let root = scan.root, scan.nodes[root].kind == .object else { return value }
        var members: [(String, [UInt8])] = []
        var env: [(String, [UInt8])] = []
        var headers: [(String, [UInt8])] = []
        var envAt: Int?
        var headersAt: Int?
        for child in scan.nodes[root].children {
            let key = scan.nodes[child].key ?? ""
            let node = scan.nodes[child]
            switch key {
            case "env" where node.kind == .object:
                env += node.children.map { (scan.nodes[$0].key ?? "", MCPJSONText.write(scan, $0)) }
                if envAt == nil { envAt = members.count; members.append(("env", [])) }
            case "env_vars" where node.kind == .array:
                env += scan.strings(child).map { ($0, string("${\($0)}")) }
                if envAt == nil { envAt = members.count; members.append(("env", [])) }
            case "http_headers" where node.kind == .object, "env_http_headers" where node.kind == .object:
                for entry in node.children {
                    let name = scan.nodes[entry].key ?? ""
                    headers.append((name, key == "http_headers" ? MCPJSONText.write(scan, entry) : string("${\(scan.string(entry) ?? "")}")))
                }
                if headersAt == nil { headersAt = members.count; members.append(("headers", [])) }
            case "bearer_token_env_var":
                headers.append(("Authorization", string("Bearer ${\(scan.string(child) ?? "")}")))
                if headersAt == nil { headersAt = members.count; members.append(("headers", [])) }
            default:
                members.append((key, MCPJSONText.write(scan, child)))
            }
        }
        if let envAt { members[envAt].1 = MCPJSONText.object(env) }
        if let headersAt { members[headersAt].1 = MCPJSONText.object(headers) }
        return MCPJSONText.object(members)
    }

    /// The variable a value names and nothing else: `${VAR}`, `$VAR`, `${env:VAR}`, `${VAR:-default}`.
    static func reference(_ text: String) -> String? {
        var body = Substring(text)
        if body.hasPrefix("${"), body.hasSuffix("}") {
            body = body.dropFirst(2).dropLast()
            if body.hasPrefix("env:") { body = body.dropFirst(4) }
            if let dash = body.range(of: ":-") { body = body[..<dash.lowerBound] }
        } else if body.hasPrefix("$") {
            body = body.dropFirst()
        } else {
            return nil
        }
        guard let first = body.utf8.first, first == UInt8(ascii: "_") || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A),
              body.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) })
        else { return nil }
        return String(body)
    }

    private static func string(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        JSONValue.escape(text, into: &output)
        return output
    }

    private static func array(_ names: [String]) -> [UInt8] {
        guard !names.isEmpty else { return Array("[]".utf8) }
        var output = Array("[\n".utf8)
        for (position, name) in names.enumerated() {
            output += Array("  ".utf8) + string(name)
            output += Array((position + 1 < names.count ? ",\n" : "\n").utf8)
        }
        output.append(UInt8(ascii: "]"))
        return output
    }
}
