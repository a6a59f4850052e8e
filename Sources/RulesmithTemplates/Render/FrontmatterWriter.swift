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

    /// A flow list of quoted strings: `["a", "b"]`.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map(YAMLScalar.quoted).joined(separator: ", ") + "]"
    }

    /// A block list of quoted strings, one `  - "item"` line each (starts with a newline).
    static func blockList(_ items: [String]) -> String {
        items.map { "\n  - " + YAMLScalar.quoted($0) }.joined()
    }

    /// A template override value as YAML (maps in key order, so output is deterministic).
    static func yaml(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text): return YAMLScalar.scalar(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .null: return "null"
        case .list(let items): return "[" + items.map(yaml).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\(YAMLScalar.scalar($0)): \(yaml(entries[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}
