/// A set of bytes, written like a regex character class body: `A-Za-z0-9_-`.
struct ByteSet: Sendable {
    private var bits: [Bool]

    init(_ spec: String) {
        bits = [Bool](repeating: false, count: 256)
        let bytes = Array(spec.utf8)
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index + 1] == 0x2D {
                for byte in bytes[index]...bytes[index + 2] { bits[Int(byte)] = true }
                index += 3
            } else {
                bits[Int(bytes[index])] = true
                index += 1
            }
        }
    }

    /// Exactly the listed bytes (for sets whose members read badly as a class body).
    init(bytes: [UInt8]) {
        bits = [Bool](repeating: false, count: 256)
        for byte in bytes { bits[Int(byte)] = true }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { bits[Int(byte)] }

    static let alphanumeric = ByteSet("A-Za-z0-9")
    static let word = ByteSet("A-Za-z0-9_")
    static let wordDash = ByteSet("A-Za-z0-9_-")
    static let letters = ByteSet("A-Za-z")
    static let hex = ByteSet("0-9a-fA-F")
    static let digits = ByteSet("0-9")
}
