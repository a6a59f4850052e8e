/// Makes a diagnostic message one printable line: rules quote the file's own text (keys, link
/// targets, headings), and a hostile file must not reach the user's terminal or a line-based
/// report through them (ESC sequences, BEL, NUL, line breaks).
enum PrintableMessage {
    /// `message` with line breaks shown as `⏎` and other control characters (C0, DEL, C1) as `�`,
    /// as `Excerpt` shows them; returned unchanged (no copy) when it has none.
    static func make(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: isControl) else { return message }
        var output = String.UnicodeScalarView()
        var lastWasBreak = false
        for scalar in message.unicodeScalars {
            if isBreak(scalar) {
                if !lastWasBreak { output.append("⏎") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            output.append(isControl(scalar) ? "\u{FFFD}" : scalar)
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
}
