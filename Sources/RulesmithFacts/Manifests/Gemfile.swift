/// The gems a Gemfile declares (`gem "rails", "~> 7.1"`) and its `ruby` line.
public struct Gemfile: Sendable {
    public var dependencies: [Dependency] = []
    public var ruby: (value: String, line: Int)?

    public init(_ text: String) {
        var groupDepth = 0
        for (offset, rawLine) in TextLines(text).lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            if line.hasPrefix("group ") && line.hasSuffix(" do") { groupDepth += 1 }
            if line == "end", groupDepth > 0 { groupDepth -= 1 }
            let quoted = Quoted.strings(in: line[...])
            if line.hasPrefix("gem ") || line.hasPrefix("gem(") , let name = quoted.first {
                dependencies.append(Dependency(
                    name: name, version: quoted.count > 1 ? quoted[1] : nil, line: offset + 1,
                    scope: groupDepth > 0 ? .development : .runtime))
            }
            if line.hasPrefix("ruby "), let version = quoted.first, version.first?.isNumber == true || version.hasPrefix("~>") || version.hasPrefix(">=") {
                ruby = (version, offset + 1)
            }
        }
    }
}

/// Quoted strings on a line of code.
enum Quoted {
    /// The contents of every "double" or 'single' quoted string, in order.
    static func strings(in text: Substring) -> [String] {
        var output: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let quote = text[index]
            guard quote == "\"" || quote == "'" else {
                index = text.index(after: index)
                continue
            }
            let start = text.index(after: index)
            guard let end = text[start...].firstIndex(where: { $0 == quote || $0.isNewline }) else { break }
            if text[end] == quote { output.append(String(text[start..<end])) }
            index = text.index(after: end)
        }
        return output
    }
}
