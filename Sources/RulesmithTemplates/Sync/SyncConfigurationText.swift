/// Edits a repository's `.rulesmith.yml` text for sync: replaces whole top-level keys (stacks,
/// targets, variables, registry) and keeps every other line, comments included. Callers re-read
/// the result with `ConfigurationReader` to confirm the edit took.
public enum SyncConfigurationText {
    /// `text` with the top-level `key` and its indented lines replaced by `block` (complete lines
    /// starting with `key:`); appended when the key is missing.
    public static func replacing(key: String, with block: String, in text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let replacement = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let start = lines.firstIndex(where: { topLevelKey(of: $0) == key }) else {
            let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
            return text + separator + replacement.joined(separator: "\n") + "\n"
        }
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            guard blank || line.hasPrefix(" ") || line.hasPrefix("\t") || line.hasPrefix("-") else { break }
            end += 1
        }
        // Blank lines just before the next key belong to the layout, not to this key.
        while end > start + 1, lines[end - 1].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { end -= 1 }
        lines.replaceSubrange(start..<end, with: replacement)
        return lines.joined(separator: "\n")
    }

    /// A flow list line: `stacks: [a, b]`.
    public static func list(_ key: String, _ values: [String]) -> String {
        "\(key): [\(values.map(quotedIfNeeded).joined(separator: ", "))]"
    }

    /// A mapping block: `variables:` and one indented `name: "value"` line per entry, sorted.
    public static func mapping(_ key: String, _ values: [(String, String?)]) -> String {
        let present = values.compactMap { name, value in value.map { (name, $0) } }
        guard !present.isEmpty else { return "\(key): {}" }
        return "\(key):\n" + present.map { "  \($0.0): \(ConfigurationText.quoted($0.1))" }.joined(separator: "\n")
    }

    /// A double-quoted YAML scalar.
    public static func quoted(_ value: String) -> String { ConfigurationText.quoted(value) }

    private static func quotedIfNeeded(_ value: String) -> String {
        let plain = !value.isEmpty && value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        return plain ? value : ConfigurationText.quoted(value)
    }

    private static func topLevelKey(of line: String) -> String? {
        guard let first = line.first, first != " ", first != "\t", first != "#", let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon]).filter { $0 != "\"" && $0 != "'" && $0 != " " }
    }
}
