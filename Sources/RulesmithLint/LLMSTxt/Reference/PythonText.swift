/// Python `str` semantics on UTF-8 bytes, as the reference parser's regexes see them:
/// `\s` and `str.strip()` use Unicode whitespace, `.` is anything but a line feed.
enum PythonText {
    /// Byte length of the whitespace character at `index` (`str.isspace()`), or 0.
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard index < end else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20) ? 1 : 0
        }
        if byte == 0xC2, index + 1 < end {
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        }
        guard index + 2 < end else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch byte {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
        case 0xE2:
            if second == 0x80, third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Skips whitespace characters from `index`.
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        var index = index
        while true {
            let length = whitespaceLength(bytes, index, end)
            if length == 0 { return index }
            index += length
        }
    }

    /// `range` without leading and trailing whitespace (`str.strip()`).
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let lower = skipWhitespace(bytes, range.lowerBound, range.upperBound)
        var upper = range.upperBound
        while upper > lower {
            // Whitespace ends in an ASCII byte or in the last byte of a 2- or 3-byte character.
            if whitespaceLength(bytes, upper - 1, range.upperBound) == 1 {
                upper -= 1
            } else if upper - 2 >= lower, whitespaceLength(bytes, upper - 2, upper) == 2 {
                upper -= 2
            } else if upper - 3 >= lower, whitespaceLength(bytes, upper - 3, upper) == 3 {
                upper -= 3
            } else {
                break
            }
        }
        return lower..<upper
    }
}
