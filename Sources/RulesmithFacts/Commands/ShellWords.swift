/// Splits and tidies a shell command line the way the facts need: words on blanks (quotes kept
/// together), chains on `&&`, and the words that only set up the environment skipped.
enum ShellWords {
    /// Words of `line`, quotes kept inside their word.
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for character in line {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == " " || character == "\t" {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The segments of an `a && b` chain (`;` too), trimmed.
    static func chain(_ line: String) -> [String] {
        var segments: [String] = []
        var rest = line[...]
        while let range = rest.range(of: "&&") ?? rest.range(of: "; ") {
            segments.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        segments.append(String(rest))
        return segments.map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
    }

    /// Collapses runs of blanks into one space and trims.
    static func collapse(_ text: String) -> String { split(text).joined(separator: " ") }

    /// Whether a line is a real, runnable command: no CI expressions, no placeholders.
    static func isConcrete(_ line: String) -> Bool {
        // `./...` is Go's package pattern; a word ending in `...` elsewhere is an ellipsis.
        let ellipsis = split(line).contains { $0.hasSuffix("...") && !$0.hasSuffix("/...") }
        return !(line.contains("${{") || line.contains("<") && line.contains(">") && !line.contains("->") || ellipsis
            || line.contains("$(") || line.hasPrefix("#") || line.hasSuffix("\\") || line.contains("`"))
    }
}
