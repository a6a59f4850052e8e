/// How rulesmith writes a YAML scalar, in rendered frontmatter and in `.rulesmith.yml` alike: the
/// one quoting function, so a value survives the same way wherever it is written.
public enum YAMLScalar {
    /// A double-quoted YAML string on one line: `\` and `"` escaped, line breaks and tabs as `\n`,
    /// `\r`, `\t`, and every other control (C0, DEL, C1), U+2028/U+2029, the byte-order mark and
    /// the bidi controls as `\uXXXX`, so the file shows no invisible or reordering character.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if needsEscape(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A value after `key: ` in block context: plain when YAML reads it back unchanged, else
    /// double-quoted.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// An item of a flow list (`[a, b]`): plain only for names of letters, digits, `-`, `_` and
    /// `.`, since a flow context gives `,`, `[`, `]`, `{` and `}` meaning too.
    public static func flowItem(_ text: String) -> String {
        let plain = !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        return plain ? text : quoted(text)
    }

    /// Whether YAML reads `text`, written unquoted after `key: `, back as the same string.
    /// Conservative: anything that could start another node, hold a comment or a mapping
    /// separator, or read as a boolean, null or number is quoted.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`+.0123456789".unicodeScalars.contains(first) || first == " " { return false }
        if last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || needsEscape($0.value) }) { return false }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        return !reserved.contains(text.lowercased())
    }

    private static func needsEscape(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
