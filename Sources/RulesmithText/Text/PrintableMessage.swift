/// Makes text from files printable before it reaches a terminal or a line-based report. Rules
/// and commands quote what files and templates carry (keys, link targets, headings, paths, globs,
/// titles), and a hostile file must not move the cursor, clear the screen, ring the bell, reorder
/// the line (bidi controls) or forge a line of its own (a line break inside a quoted value).
public enum PrintableMessage {
    /// `message` as one printable line: line breaks (LF, CR, VT, FF, NEL, U+2028, U+2029) show as
    /// `⏎`; other control characters (C0, DEL, C1) and bidi controls as `�`, as `Excerpt` shows
    /// them. Returned unchanged (no copy) when it has none.
    public static func make(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) else { return message }
        var output = String.UnicodeScalarView()
        var lastWasBreak = false
        for scalar in message.unicodeScalars {
            if isBreak(scalar) {
                if !lastWasBreak { output.append("⏎") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            output.append(isControl(scalar) || isBidiControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(output)
    }

    /// `text` of several lines, each made printable: LF ends a line (as does CR LF), a tab stays,
    /// and every other control or bidi character is shown as `make` shows it. For whole outputs
    /// whose lines are rulesmith's own; values quoted inside a line go through `make` first, so a
    /// break inside a value cannot start a line.
    public static func lines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0 != "\n" && $0 != "\t" && isControl($0)) || isBidiControl($0) }) else {
            return text
        }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\t" {
                output.append(scalar)
            } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                continue
            } else if isBreak(scalar) {
                output.append("⏎")
            } else {
                output.append(isControl(scalar) || isBidiControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(output)
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Embeddings, overrides and isolates (Trojan Source): they reorder what follows on the line.
    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
