/// Writes YAML frontmatter the way editors read it: plain scalars where YAML reads them back
/// unchanged, double quotes otherwise, and each glob dialect in the shape its editor expects.
enum FrontmatterWriter {
    /// One `key: value` line (or a key followed by an indented block when `value` starts with a newline).
    struct Field: Sendable, Hashable {
        var key: String
        /// The YAML text after `key:`; empty writes a bare `key:`.
        var value: String
    }

    /// The `---` block for `fields`, or nothing when there are none.
    static func block(_ fields: [Field]) -> String {
        guard !fields.isEmpty else { return "" }
        var output = "---\n"
        for field in fields {
            if field.value.isEmpty {
                output += "\(field.key):\n"
            } else if field.value.hasPrefix("\n") {
                output += "\(field.key):\(field.value)\n"
            } else {
                output += "\(field.key): \(field.value)\n"
            }
        }
        return output + "---\n"
    }

    /// `generated` with each override replacing the generated field of the same key in place;
    /// overrides for keys the renderer did not write follow, in key order.
    static func merge(_ generated: [Field], overrides: [Field]) -> [Field] {
        var output = generated
        for field in overrides {
            if let index = output.firstIndex(where: { $0.key == field.key }) {
                output[index] = field
            } else {
                output.append(field)
            }
        }
        return output
    }

    /// A string as a YAML scalar: plain when YAML would read the same string back, else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A double-quoted YAML string (escapes `\`, `"` and control characters).
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A flow list of quoted strings: `["a", "b"]`.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// A block list of quoted strings, one `  - "item"` line each (starts with a newline).
    static func blockList(_ items: [String]) -> String {
        items.map { "\n  - " + quoted($0) }.joined()
    }

    /// A template override value as YAML (maps in key order, so output is deterministic).
    static func yaml(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text): return scalar(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .null: return "null"
        case .list(let items): return "[" + items.map(yaml).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\(scalar($0)): \(yaml(entries[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    /// Whether YAML reads `text`, written unquoted after `key: `, back as the same string.
    /// Conservative: anything that could start another node, hold a comment or a mapping
    /// separator, or read as a boolean, null or number is quoted.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`+.0123456789".unicodeScalars.contains(first) || first == " " { return false }
        if last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF || (0x80...0x9F).contains($0.value) || $0.value == 0x2028 || $0.value == 0x2029 }) {
            return false
        }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        return !reserved.contains(text.lowercased())
    }
}
