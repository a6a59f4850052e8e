/// Recognisers for the line-level syntax of block starts (markers, fences, headings, breaks).
extension BlockScanner {
    struct ListMarker {
        var ordered: Bool
        /// `-`, `+`, `*` for bullets; `.` or `)` for ordered lists.
        var char: UInt8
        var number: Int?
        /// Bytes of the marker itself (`-`, `12.`).
        var width: Int
        /// Nothing but blanks follows the marker.
        var emptyAfter: Bool
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    func listMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ListMarker? {
        let byte = bytes[start]
        if byte == 0x2D || byte == 0x2B || byte == 0x2A {
            let next = start + 1
            if next < end, !Self.isBlank(bytes[next]) { return nil }
            return ListMarker(ordered: false, char: byte, number: nil, width: 1, emptyAfter: restBlank(bytes, next, end))
        }
        var index = start
        var number = 0
        while index < end, index - start < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            number = number * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, index < end, bytes[index] == 0x2E || bytes[index] == 0x29 else { return nil }
        let delimiter = bytes[index]
        let next = index + 1
        if next < end, !Self.isBlank(bytes[next]) { return nil }
        return ListMarker(ordered: true, char: delimiter, number: number, width: next - start, emptyAfter: restBlank(bytes, next, end))
    }

    func restBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            if !Self.isBlank(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        let char = bytes[start]
        guard char == 0x2A || char == 0x2D || char == 0x5F else { return false }
        var count = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == char {
                count += 1
            } else if !Self.isBlank(byte) {
                return false
            }
            index += 1
        }
        return count >= 3
    }

    /// 1 for `===`, 2 for `---` (with trailing blanks only), else nil.
    func setextLevel(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let char = bytes[start]
        var index = start
        while index < end, bytes[index] == char { index += 1 }
        guard restBlank(bytes, index, end) else { return nil }
        return char == 0x3D ? 1 : 2
    }

    func atxHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (level: Int, content: Range<Int>)? {
        var index = start
        while index < end, bytes[index] == 0x23, index - start < 7 { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        if index < end, !Self.isBlank(bytes[index]) { return nil }
        var lower = index
        while lower < end, Self.isBlank(bytes[lower]) { lower += 1 }
        var upper = end
        while upper > lower, Self.isBlank(bytes[upper - 1]) { upper -= 1 }
        var closing = upper
        while closing > lower, bytes[closing - 1] == 0x23 { closing -= 1 }
        if closing < upper {
            if closing == lower {
                upper = lower
            } else if Self.isBlank(bytes[closing - 1]) {
                upper = closing
                while upper > lower, Self.isBlank(bytes[upper - 1]) { upper -= 1 }
            }
        }
        return (level, lower..<upper)
    }

    func fenceOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (length: Int, info: Range<Int>)? {
        let char = bytes[start]
        var index = start
        while index < end, bytes[index] == char { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        var infoStart = index
        while infoStart < end, Self.isBlank(bytes[infoStart]) { infoStart += 1 }
        var infoEnd = end
        while infoEnd > infoStart, Self.isBlank(bytes[infoEnd - 1]) { infoEnd -= 1 }
        if char == 0x60 {
            var scan = infoStart
            while scan < infoEnd {
                if bytes[scan] == 0x60 { return nil }
                scan += 1
            }
        }
        return (length, infoStart..<infoEnd)
    }

    func isClosingFence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ char: UInt8, _ length: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == char { index += 1 }
        return index - start >= length && restBlank(bytes, index, end)
    }
}
