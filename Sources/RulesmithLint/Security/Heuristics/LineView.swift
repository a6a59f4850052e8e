/// Byte helpers over one line of a scanned text, case-insensitive for ASCII.
struct LineView {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The line's content, without its terminator.
    let line: Range<Int>

    @inline(__always)
    func lower(_ index: Int) -> UInt8 {
        let byte = bytes[index]
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// ASCII letter, digit or underscore.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    @inline(__always)
    func isWord(_ index: Int) -> Bool { line.contains(index) && Self.isWordByte(bytes[index]) }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Whether `literal` (lower-case ASCII) is at `index`, ignoring case.
    func has(_ literal: String, at index: Int) -> Bool {
        var position = index
        for byte in literal.utf8 {
            guard position < line.upperBound, position >= line.lowerBound, lower(position) == byte else { return false }
            position += 1
        }
        return true
    }

    /// Whether `literal` ends right before `index` (exclusive), ignoring case.
    func has(_ literal: String, endingAt index: Int) -> Bool {
        let count = literal.utf8.count
        return index - count >= line.lowerBound && has(literal, at: index - count)
    }

    func skipSpaces(_ index: Int) -> Int {
        var position = index
        while position < line.upperBound, Self.isSpace(bytes[position]) { position += 1 }
        return position
    }

    func skipSpacesBackward(_ index: Int) -> Int {
        var position = index
        while position > line.lowerBound, Self.isSpace(bytes[position - 1]) { position -= 1 }
        return position
    }

    /// The end of the whitespace-delimited token starting at `index`.
    func tokenEnd(_ index: Int) -> Int {
        var position = index
        while position < line.upperBound, !Self.isSpace(bytes[position]) { position += 1 }
        return position
    }

    /// The text of `range`, for messages.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range.clamped(to: line)]), as: UTF8.self)
    }

    /// An excerpt of the line around `range`, shortened for a message.
    func excerpt(_ range: Range<Int>, limit: Int = 60) -> String {
        let clamped = range.clamped(to: line)
        let upper = min(clamped.upperBound, clamped.lowerBound + limit * 2)
        return CodePointDescription.shortened(text(clamped.lowerBound..<upper), limit: limit)
    }
}
