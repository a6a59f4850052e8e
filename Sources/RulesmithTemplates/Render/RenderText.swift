/// Small text helpers the renderers share: grouped numbers, code spans, Markdown bodies.
enum RenderText {
    /// `12000` as `12,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var output = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(character)
        }
        return (value < 0 ? "-" : "") + output
    }

    /// `characters` → `character`, for compounds such as "a 12,000-character budget".
    static func singular(_ unit: String) -> String {
        unit.hasSuffix("s") ? String(unit.dropLast()) : unit
    }

    /// `text` as a Markdown code span, with a backtick run longer than any inside it.
    static func codeSpan(_ text: String) -> String {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text
        return fence + padded + fence
    }

    /// `items` joined as prose: `a`, `a or b`, `a, b or c`.
    static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// A rule body made deterministic: no byte-order mark, `\n` line endings, no leading or
    /// trailing blank lines, and exactly one final newline (empty when nothing is left).
    /// Trailing blank lines are dropped so that every file ends with one newline whatever the
    /// template's editor left; the lines themselves are kept byte for byte.
    static func normalizedBody(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 1)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        // Leading blank lines: drop whole lines holding only spaces and tabs.
        var start = 0
        var lineStart = 0
        scan: while lineStart < output.count {
            var cursor = lineStart
            while cursor < output.count, output[cursor] == 0x20 || output[cursor] == 0x09 { cursor += 1 }
            guard cursor < output.count, output[cursor] == 0x0A else { break scan }
            lineStart = cursor + 1
            start = lineStart
        }
        var end = output.count
        while end > start, output[end - 1] == 0x0A || output[end - 1] == 0x20 || output[end - 1] == 0x09 {
            end -= 1
        }
        guard end > start else { return [] }
        var body = Array(output[start..<end])
        body.append(0x0A)
        return body
    }
}
