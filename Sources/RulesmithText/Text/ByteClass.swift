/// Byte predicates shared by the llms.txt rules (ASCII only; other bytes are text). `@inlinable`,
/// as they were inlined when the rules and these predicates were one module.
package enum ByteClass {
    @inlinable package static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Space, tab, line feed, carriage return, vertical tab or form feed.
    @inlinable package static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    @inlinable package static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    @inlinable package static func hasPrefix(_ bytes: [UInt8], at offset: Int, _ text: String, caseInsensitive: Bool = false) -> Bool {
        // Through the contiguous UTF-8 of the (usually literal) pattern: iterating `String.UTF8View`
        // cost ~250 instructions a call, and link checks call this for every item.
        var text = text
        return text.withUTF8 { pattern in
            guard offset >= 0, pattern.count <= bytes.count - offset else { return false }
            return bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < pattern.count {
                    let byte = buffer[offset + index]
                    if (caseInsensitive ? lower(byte) : byte) != pattern[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }

    /// `range` without leading and trailing spaces and tabs.
    @inlinable package static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
