/// Short quotations of offending text for messages: one line, at most a few dozen characters.
package enum Excerpt {
    /// The text of `range` in single quotes, line breaks shown as `⏎`, cut to `limit` characters with `…`.
    package static func quote(_ source: SourceText, _ range: Range<Int>, limit: Int = 40) -> String {
        "'" + text(source, range, limit: limit) + "'"
    }

    package static func text(_ source: SourceText, _ range: Range<Int>, limit: Int = 40) -> String {
        let clamped = range.clamped(to: 0..<source.bytes.count)
        // Decode only what can be shown: each character takes at most 4 bytes.
        let upper = min(clamped.upperBound, clamped.lowerBound + limit * 4 + 4)
        var output = ""
        var count = 0
        var truncated = upper < clamped.upperBound
        var lastWasBreak = false
        for scalar in String(decoding: source.bytes[clamped.lowerBound..<upper], as: UTF8.self).unicodeScalars {
            if count == limit {
                truncated = true
                break
            }
            if scalar == "\r" || scalar == "\n" {
                if !lastWasBreak { output.append("⏎") }
                lastWasBreak = true
                count += 1
                continue
            }
            lastWasBreak = false
            output.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "�" : scalar)
            count += 1
        }
        return truncated ? output + "…" : output
    }
}
