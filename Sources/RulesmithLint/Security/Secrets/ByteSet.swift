/// A set of bytes, written like a regex character class body: `A-Za-z0-9_-`.
struct ByteSet: Sendable {
    // Four words of membership bits (no heap, no bounds check): the secret and blob scanners test
    // every byte of a file against these sets.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ spec: String) {
        let bytes = Array(spec.utf8)
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index + 1] == 0x2D {
                for byte in bytes[index]...bytes[index + 2] { insert(byte) }
                index += 3
            } else {
                insert(bytes[index])
                index += 1
            }
        }
    }

    /// Exactly the listed bytes (for sets whose members read badly as a class body).
    init(bytes: [UInt8]) {
        for byte in bytes { insert(byte) }
    }

    private mutating func insert(_ byte: UInt8) {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return (word >> UInt64(byte & 63)) & 1 != 0
    }

    static let alphanumeric = ByteSet("A-Za-z0-9")
    static let word = ByteSet("A-Za-z0-9_")
    static let wordDash = ByteSet("A-Za-z0-9_-")
    static let letters = ByteSet("A-Za-z")
    static let hex = ByteSet("0-9a-fA-F")
    static let digits = ByteSet("0-9")
}
