/// Finds absolute paths that belong to one machine: `/Users/<name>`, `/home/<name>` and Windows
/// drive paths (`C:\x`, `C:/x`), outside URLs. One pass over the bytes.
enum LocalPathScanner {
    static func paths(in bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { buffer in
            var output: [Range<Int>] = []
            var tokenStart = 0
            var tokenHasScheme = false
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if isTokenBoundary(byte) {
                    tokenStart = index + 1
                    tokenHasScheme = false
                    index += 1
                    continue
                }
                if byte == 0x3A, index + 2 < count, buffer[index + 1] == 0x2F, buffer[index + 2] == 0x2F {
                    tokenHasScheme = true
                }
                // Only a '/' or a drive letter followed by ':' can start a local path.
                let candidate = byte == 0x2F || (index + 1 < count && buffer[index + 1] == 0x3A && isLetter(byte))
                if candidate, !tokenHasScheme, let end = pathEnd(buffer, at: index, tokenStart: tokenStart) {
                    output.append(index..<end)
                    index = end
                    continue
                }
                index += 1
            }
            return output
        }
    }

    /// The end of a local path starting at `index`, or nil when none starts there.
    private static func pathEnd(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, tokenStart: Int) -> Int? {
        let previous: UInt8 = index > 0 ? buffer[index - 1] : 0x20
        guard !isPathCharacter(previous) || index == tokenStart || previous == 0x3D else { return nil }
        let byte = buffer[index]
        var nameStart: Int
        if byte == 0x2F {
            if matches(buffer, index, "/Users/") {
                nameStart = index + 7
            } else if matches(buffer, index, "/home/") {
                nameStart = index + 6
            } else {
                return nil
            }
        } else if isLetter(byte), index + 3 < buffer.count, buffer[index + 1] == 0x3A,
                  buffer[index + 2] == 0x5C || buffer[index + 2] == 0x2F, !isLetter(previous) {
            nameStart = index + 3
            if buffer[index + 2] == 0x5C, nameStart < buffer.count, buffer[nameStart] == 0x5C { nameStart += 1 }
            if buffer[index + 2] == 0x2F, nameStart < buffer.count, buffer[nameStart] == 0x2F { return nil }
        } else {
            return nil
        }
        guard nameStart < buffer.count, isNameCharacter(buffer[nameStart]) else { return nil }
        var end = nameStart
        while end < buffer.count, !isTokenBoundary(buffer[end]) { end += 1 }
        while end > nameStart, [0x2E, 0x2C, 0x3B, 0x3A, 0x29].contains(buffer[end - 1]) { end -= 1 }
        return end
    }

    private static func matches(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= buffer.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where buffer[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Whitespace, quotes, backticks, brackets and angle brackets end a path token.
    private static func isTokenBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x60, 0x28, 0x29, 0x5B, 0x5D, 0x3C, 0x3E, 0x7B, 0x7D, 0x7C: true
        default: false
        }
    }

    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2F || byte == 0x5F
            || byte == 0x2D || byte == 0x7E || byte == 0x3A || byte == 0x5C || byte >= 0x80
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte == 0x2E || byte == 0x2D || byte >= 0x80
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
