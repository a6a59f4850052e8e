/// Message fragments for code points and runs of them.
enum CodePointDescription {
    /// `U+200B ZERO WIDTH SPACE`, `3 × U+200B ZERO WIDTH SPACE`, or the first two kinds and a count.
    static func run(_ values: some Collection<UInt32>) -> String {
        var kinds: [UInt32] = []
        for value in values where !kinds.contains(value) {
            kinds.append(value)
            if kinds.count > 2 { break }
        }
        guard let first = kinds.first else { return "" }
        if kinds.count == 1 {
            return values.count == 1 ? ScalarFacts.describe(first) : "\(values.count) × \(ScalarFacts.describe(first))"
        }
        let named = kinds.prefix(2).map(ScalarFacts.describe).joined(separator: ", ")
        return "\(values.count) characters (\(named)\(kinds.count > 2 ? ", …" : ""))"
    }

    /// Text shortened to `limit` characters with an ellipsis, control characters shown as escapes.
    static func shortened(_ text: String, limit: Int = 60) -> String {
        var output = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                output += "…"
                break
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                output += scalar.value == 0x1B ? "ESC" : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                output.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return output
    }
}
