/// Byte-level word structure for any script: what is part of a word, where a word starts, and
/// how far apart two places are in words (Chinese and Japanese characters count one each, since
/// those scripts do not space words).
enum ScriptClass {
    /// The scalar starting at or containing `index`, walking back over continuation bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, startingBefore index: Int) -> (value: UInt32, start: Int) {
        var start = index - 1
        var steps = 0
        while start > 0, bytes[start] & 0xC0 == 0x80, steps < 3 {
            start -= 1
            steps += 1
        }
        let (value, _) = UTF8Scalar.decode(bytes, at: start, end: bytes.count)
        return (value, start)
    }

    /// Letters of alphabetic scripts (and combining marks) that continue a word.
    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return LineView.isWordByte(UInt8(value)) }
        switch value {
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2AF, 0x300...0x36F, 0x370...0x3FF, 0x400...0x52F,
             0x531...0x58F, 0x5D0...0x5EA, 0x610...0x61A, 0x620...0x669, 0x66E...0x6D3, 0x6D5...0x6FF,
             0x900...0x963, 0x966...0x97F, 0x1E00...0x1FFF, 0x2019:
            return true
        default:
            return false
        }
    }

    /// Han ideographs and kana: each character is a unit of its own.
    @inline(__always)
    static func isIdeographic(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    @inline(__always)
    static func isHangul(_ value: UInt32) -> Bool { (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value) }

    /// Whether a word continues across `index` from the left (the character before it is a word character).
    static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, lowerBound: Int = 0) -> Bool {
        guard index > lowerBound else { return false }
        let byte = bytes[index - 1]
        if byte < 0x80 { return LineView.isWordByte(byte) }
        let value = scalar(bytes, startingBefore: index).value
        return isWordScalar(value) && value != 0x2019
    }

    /// Whether a word character starts at `index`.
    static func wordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, upperBound: Int? = nil) -> Bool {
        guard index < (upperBound ?? bytes.count) else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return LineView.isWordByte(byte) }
        let value = UTF8Scalar.decode(bytes, at: index, end: bytes.count).value
        return isWordScalar(value) && value != 0x2019
    }

    /// Whether text written in `text`'s script needs word edges (alphabetic) or matches anywhere
    /// (Chinese, Japanese, Korean).
    static func needsWordEdges(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0.value > 0x20 && $0 != "*" }) else { return false }
        return !(isIdeographic(first.value) || isHangul(first.value) || (0x3000...0x303F).contains(first.value))
    }

    /// Bytes that join a word's parts into one unit: a URL, a path or an address is one word.
    private static let joiners: [Bool] = (0..<128).map { "'./:-_@~%?=&#+".utf8.contains(UInt8($0)) }

    /// Whether `literal` (lower case) stands at `index`, ASCII letters compared without case.
    static func has(_ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int, before limit: Int) -> Bool {
        guard index + literal.count <= min(limit, bytes.count) else { return false }
        for (offset, byte) in literal.enumerated() {
            var actual = bytes[index + offset]
            if actual >= 0x41, actual <= 0x5A { actual |= 0x20 }
            if actual != byte { return false }
        }
        return true
    }

    /// Whether `literal` (lower case) stands anywhere in `range`, ASCII letters compared without case.
    static func contains(_ literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = literal.first, range.count >= literal.count else { return false }
        var index = range.lowerBound
        while index + literal.count <= range.upperBound {
            let byte = bytes[index]
            if byte == first || byte | 0x20 == first, has(literal, in: bytes, at: index, before: range.upperBound) { return true }
            index += 1
        }
        return false
    }

    /// The number of words (and ideographs) in `range`, stopping once it passes `limit`.
    static func units(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int) -> Int {
        var count = 0
        var inWord = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                let joins = inWord && joiners[Int(byte)] && index + 1 < range.upperBound && bytes[index + 1] > 0x20
                let word = LineView.isWordByte(byte) || joins
                if word, !inWord { count += 1 }
                inWord = word
                index += 1
            } else {
                let (value, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
                if isIdeographic(value) {
                    count += 1
                    inWord = false
                } else if isWordScalar(value) || isHangul(value) {
                    if !inWord { count += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                index += length
            }
            if count > limit { return count }
        }
        return count
    }
}
