import RulesmithText

/// Pretty JSON text written straight from a `JSONScan` (numbers and literals keep their source
/// text, key order kept), indented with a given unit: the one form MCP servers are compared,
/// locked and written in, so that whitespace alone never counts as an edit.
enum MCPJSONText {
    /// `node` of `scan` as pretty text; lines after the first start with `base` (the indent the
    /// value sits at), each nesting level adds `unit`.
    static func write(_ scan: JSONScan, _ node: Int, unit: String = "  ", base: String = "") -> [UInt8] {
        var output: [UInt8] = []
        write(scan, node, unit: Array(unit.utf8), indent: Array(base.utf8), into: &output)
        return output
    }

    private static func write(_ scan: JSONScan, _ node: Int, unit: [UInt8], indent: [UInt8], into output: inout [UInt8]) {
        let value = scan.nodes[node]
        switch value.kind {
        case .string:
            JSONValue.escape(value.text ?? "", into: &output)
        case .number, .bool, .null:
            output += Array((value.text ?? "null").utf8)
        case .array, .object:
            let open: UInt8 = value.kind == .object ? UInt8(ascii: "{") : UInt8(ascii: "[")
            let close: UInt8 = value.kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
            output.append(open)
            if value.children.isEmpty {
                output.append(close)
                return
            }
            let inner = indent + unit
            for (position, child) in value.children.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
                output += inner
                if value.kind == .object {
                    JSONValue.escape(scan.nodes[child].key ?? "", into: &output)
                    output += Array(": ".utf8)
                }
                write(scan, child, unit: unit, indent: inner, into: &output)
            }
            output.append(0x0A)
            output += indent
            output.append(close)
        }
    }

    /// An object of `members` (name → value text already written at indent 0 with `unit`), at `base`.
    static func object(_ members: [(String, [UInt8])], unit: String = "  ", base: String = "") -> [UInt8] {
        guard !members.isEmpty else { return Array("{}".utf8) }
        var output: [UInt8] = [UInt8(ascii: "{")]
        let inner = Array((base + unit).utf8)
        for (position, (name, value)) in members.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            output.append(0x0A)
            output += inner
            JSONValue.escape(name, into: &output)
            output += Array(": ".utf8)
            output += reindent(value, by: inner)
        }
        output.append(0x0A)
        output += Array(base.utf8)
        output.append(UInt8(ascii: "}"))
        return output
    }

    /// `text` with every line after the first prefixed by `prefix`.
    static func reindent(_ text: [UInt8], by prefix: [UInt8]) -> [UInt8] {
        guard !prefix.isEmpty else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        for byte in text {
            output.append(byte)
            if byte == 0x0A { output += prefix }
        }
        return output
    }
}
