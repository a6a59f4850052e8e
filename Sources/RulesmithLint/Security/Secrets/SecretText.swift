import Foundation

/// Helpers shared by the secret checks: placeholders, entropy and redaction.
enum SecretText {
    private static let placeholderMarks = ["xxx", "...", "…", "your-", "your_", "yourkey", "<", ">", "${", "{{", "example",
                                           "changeme", "change-me", "change_me", "dummy", "redacted", "placeholder", "****",
                                           "sample", "insert"]

    /// Documentation stand-ins: `xxx`, `...`, `your-…`, `<…>`, `${…}`, `{{…}}`, example, changeme, dummy, redacted.
    static func isPlaceholder(_ value: String) -> Bool {
        let lower = value.lowercased()
        if placeholderMarks.contains(where: { lower.contains($0) }) { return true }
        if let first = lower.first, lower.allSatisfy({ $0 == first }) { return true }
        return false
    }

    /// Shannon entropy in bits per byte.
    static func entropy(_ value: some Collection<UInt8>) -> Double {
        guard !value.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for byte in value { counts[Int(byte)] += 1 }
        let total = Double(value.count)
        var bits = 0.0
        for count in counts where count > 0 {
            let share = Double(count) / total
            bits -= share * log2(share)
        }
        return bits
    }

    /// `AKIA…7XQ2`: at most the first and last four characters.
    static func redacted(_ value: String) -> String {
        let characters = Array(value)
        let keep = characters.count >= 16 ? 4 : characters.count >= 8 ? 2 : 1
        guard characters.count > keep * 2 else { return String(repeating: "•", count: characters.count) }
        return String(characters.prefix(keep)) + "…" + String(characters.suffix(keep))
    }

    /// One decimal place, without Foundation formatting.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
