import RulesmithText

/// Writes and edits `.rulesmith.yml` as text, line by line, so the user's comments and layout
/// survive: the one editor of that file (`init`, `adopt`, `apply`'s revision bump and `sync`).
/// Callers re-read the result with `ConfigurationReader` to confirm the edit took.
public enum ConfigurationText {
    /// A new configuration file for `init`.
    public static func initial(
        stacks: [String], targets: [String], variables: [String: String], revision: Int, source: String?
    ) -> String {
        var text = "# rulesmith: which templates this repository renders, and for which editors.\n"
        text += "# `rulesmith apply` regenerates the files; `rulesmith status` shows drift.\n"
        text += "version: 1\n"
        text += list("stacks", stacks) + "\n"
        text += list("targets", targets) + "\n"
        if !variables.isEmpty {
            text += "variables:\n"
            for name in variables.keys.sorted() { text += "  \(name): \(YAMLScalar.quoted(variables[name]!))\n" }
        }
        text += "registry:\n"
        if let source { text += "  source: \(YAMLScalar.quoted(source))\n" }
        text += "  revision: \(revision)\n"
        return text
    }

    /// `text` with `registry.revision` set to `revision`; nil when the layout is too unusual to edit.
    public static func settingRevision(_ revision: Int, in text: String) -> String? {
        var lines = splitLines(text)
        guard let registry = topLevelKey("registry", in: lines) else {
            return appending("registry:\n  revision: \(revision)\n", to: text)
        }
        guard value(of: lines[registry]).isEmpty else { return nil }
        let children = childLines(after: registry, in: lines)
        if let line = children.first(where: { key(of: lines[$0]) == "revision" }) {
            let indent = lines[line].prefix { $0 == " " }
            lines[line] = "\(indent)revision: \(revision)" + (lines[line].hasSuffix("\r") ? "\r" : "")
        } else {
            let indent = children.first.map { String(lines[$0].prefix { $0 == " " }) } ?? "  "
            lines.insert("\(indent)revision: \(revision)", at: registry + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with `path` added to the `overlays` list; nil when the layout is too unusual to edit.
    public static func addingOverlay(_ path: String, to text: String) -> String? {
        var lines = splitLines(text)
        guard let overlays = topLevelKey("overlays", in: lines) else {
            return appending("overlays:\n  - \(YAMLScalar.quoted(path))\n", to: text)
        }
        let inline = value(of: lines[overlays])
        if inline.isEmpty {
            let children = childLines(after: overlays, in: lines).filter { lines[$0].trimmingWhitespace.hasPrefix("-") }
            let indent = children.first.map { String(lines[$0].prefix { $0 == " " }) } ?? "  "
            lines.insert("\(indent)- \(YAMLScalar.quoted(path))", at: (children.last ?? overlays) + 1)
            return lines.joined(separator: "\n")
        }
        guard inline.hasPrefix("["), inline.hasSuffix("]") else { return nil }
        let items = inline.dropFirst().dropLast().split(separator: ",").map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }
        lines[overlays] = "overlays: [\((items + [YAMLScalar.quoted(path)]).joined(separator: ", "))]"
        return lines.joined(separator: "\n")
    }

    /// `text` with the top-level `key` and its indented lines replaced by `block` (complete lines
    /// starting with `key:`); appended when the key is missing. Every other line, comments
    /// included, is kept.
    public static func replacing(key: String, with block: String, in text: String) -> String {
        var lines = splitLines(text)
        let replacement = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let start = topLevelKey(key, in: lines) else {
            return appending(replacement.joined(separator: "\n") + "\n", to: text)
        }
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            guard isBlank(line) || line.hasPrefix(" ") || line.hasPrefix("\t") || line.hasPrefix("-") else { break }
            end += 1
        }
        // Blank lines just before the next key belong to the layout, not to this key.
        while end > start + 1, isBlank(lines[end - 1]) { end -= 1 }
        lines.replaceSubrange(start..<end, with: replacement)
        return lines.joined(separator: "\n")
    }

    /// A flow list line: `stacks: [a, b]`.
    public static func list(_ key: String, _ values: [String]) -> String {
        "\(key): [\(values.map(YAMLScalar.flowItem).joined(separator: ", "))]"
    }

    /// A mapping block: `variables:` and one indented `name: "value"` line per entry, sorted.
    public static func mapping(_ key: String, _ values: [(String, String?)]) -> String {
        let present = values.compactMap { name, value in value.map { (name, $0) } }
        guard !present.isEmpty else { return "\(key): {}" }
        return "\(key):\n" + present.map { "  \($0.0): \(YAMLScalar.quoted($0.1))" }.joined(separator: "\n")
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    private static func splitLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func appending(_ addition: String, to text: String) -> String {
        text.isEmpty || text.hasSuffix("\n") ? text + addition : text + "\n" + addition
    }

    /// The line index of `name:` at column 0.
    private static func topLevelKey(_ name: String, in lines: [String]) -> Int? {
        lines.firstIndex { !$0.hasPrefix(" ") && !$0.hasPrefix("\t") && key(of: $0) == name }
    }

    private static func key(of line: String) -> String? {
        let trimmed = line.trimmingWhitespace
        guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { return nil }
        return String(trimmed[..<colon].trimming(" \"'"))
    }

    /// What follows `key:` on its line, without a trailing comment.
    private static func value(of line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return "" }
        var rest = String(line[line.index(after: colon)...])
        if let hash = rest.firstRange(of: " #") { rest = String(rest[..<hash.lowerBound]) }
        return String(rest.trimmingWhitespace)
    }

    /// The indented (or blank/comment) lines that belong to the top-level key at `index`.
    private static func childLines(after index: Int, in lines: [String]) -> [Int] {
        var output: [Int] = []
        var cursor = index + 1
        while cursor < lines.count {
            let line = lines[cursor]
            if line.trimmingWhitespace.isEmpty || line.trimmingWhitespace.hasPrefix("#") {
                cursor += 1
                continue
            }
            guard line.hasPrefix(" ") || line.hasPrefix("\t") || line.hasPrefix("-") else { break }
            output.append(cursor)
            cursor += 1
        }
        return output
    }
}
