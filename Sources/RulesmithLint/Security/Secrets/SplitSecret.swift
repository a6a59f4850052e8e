/// A secret cut in pieces so no line holds it whole: wrapped at a line end and continued on the
/// next line, or written as quoted halves joined by `+`, `.`, `..` or a `\` continuation
/// (`"ghp_abc…" +` / `"…xyz"`). The pieces are joined and the provider pattern tried again.
enum SplitSecret {
    /// The joined token and where each piece stands in the text.
    struct Joined {
        var bytes: [UInt8] = []
        var pieces: [Range<Int>] = []
        var acrossLines = false
    }

    private static let tokenBytes = ByteSet("A-Za-z0-9_-")
    private static let maximumPieces = 4
    private static let maximumLength = 320

    static func join(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Joined? {
        var joined = Joined()
        var cursor = start
        while joined.pieces.count < maximumPieces {
            let pieceStart = cursor
            while cursor < bytes.count, tokenBytes.contains(bytes[cursor]) { cursor += 1 }
            guard cursor > pieceStart else { break }
            joined.pieces.append(pieceStart..<cursor)
            joined.bytes.append(contentsOf: bytes[pieceStart..<cursor])
            guard joined.bytes.count < maximumLength, let next = nextPiece(bytes, after: cursor, lines: &joined.acrossLines) else { break }
            cursor = next
        }
        return joined.pieces.count > 1 ? joined : nil
    }

    /// Where the next piece starts, when a quote, a joining operator or a line end (and nothing
    /// else) follows the piece that ends at `index`.
    private static func nextPiece(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, lines: inout Bool) -> Int? {
        var cursor = index
        var quoted = false
        if cursor < bytes.count, bytes[cursor] == 0x22 || bytes[cursor] == 0x27 {
            quoted = true
            cursor += 1
        }
        func skipSpaces() { while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 } }
        skipSpaces()
        var joiner = false
        while cursor < bytes.count, [0x2B, 0x2E, 0x7E, 0x5C].contains(bytes[cursor]) {
            joiner = true
            cursor += 1
        }
        skipSpaces()
        if cursor < bytes.count, bytes[cursor] == 0x0D { cursor += 1 }
        if cursor < bytes.count, bytes[cursor] == 0x0A {
            cursor += 1
            lines = true
            skipSpaces()
            while cursor < bytes.count, [0x2B, 0x2E, 0x7E, 0x3E].contains(bytes[cursor]) {
                cursor += 1
                skipSpaces()
            }
        } else if !(quoted && joiner) {
            return nil
        }
        if cursor < bytes.count, bytes[cursor] == 0x22 || bytes[cursor] == 0x27 {
            guard quoted else { return nil }
            cursor += 1
        } else if quoted {
            return nil
        }
        return cursor < bytes.count && tokenBytes.contains(bytes[cursor]) ? cursor : nil
    }
}
