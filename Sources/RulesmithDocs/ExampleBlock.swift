import RulesmithLint

/// A rule example as a fenced Markdown block: a fence longer than any backtick run inside, and
/// the characters a reader cannot see written as `\u{…}` escapes.
enum ExampleBlock {
    /// `text` fenced; `escapeAllNonASCII` also escapes visible non-ASCII text (the pages of the
    /// Unicode rules, whose look-alike letters would otherwise be the very thing they flag).
    static func fenced(_ text: String, escapeAllNonASCII: Bool = false) -> String {
        var body = escaped(text, allNonASCII: escapeAllNonASCII)
        if body.hasSuffix("\n") { body.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: body) + 1))
        return "\(fence)text\n\(body)\n\(fence)\n"
    }

    /// `text` with invisible, control, unusual-space and private code points (and, when asked,
    /// every non-ASCII one except the `↓` marker) written as `\u{XXXX}`.
    static func escaped(_ text: String, allNonASCII: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if shouldEscape(scalar, allNonASCII: allNonASCII) {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func shouldEscape(_ scalar: Unicode.Scalar, allNonASCII: Bool) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        if String(scalar) == Example.marker { return false }
        if allNonASCII { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return true
        default:
            return properties.isVariationSelector || properties.isDefaultIgnorableCodePoint || scalar.value == 0x2800
        }
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            current = byte == UInt8(ascii: "`") ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
