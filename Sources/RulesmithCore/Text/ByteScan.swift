/// Word-at-a-time byte searches (eight bytes per step), for the scans that touch every byte of a
/// file: finding line breaks, `<`, NUL or the first non-ASCII byte without a per-byte branch.
public enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word whose lanes are 0x80 exactly where `word` has byte `byte` (others 0), exact per lane.
    @inline(__always)
    private static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & ~highs) &+ ~highs) | x) & highs
    }

    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// Index of the first `byte` in `buffer[from..<to]`, or `to` when there is none.
    @inline(__always)
    public static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let hits = lanes(load(base, index), equalTo: byte)
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to, base[index] != byte { index += 1 }
        return index
    }

    /// Index of the first `byte` in `bytes`, or nil.
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let found = first(byte, in: buffer, from: 0, to: buffer.count)
            return found < buffer.count ? found : nil
        }
    }

    /// Index of the first `a` or `b` in `buffer[from..<to]`, or `to` when there is none.
    @inline(__always)
    public static func first(_ a: UInt8, or b: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let word = load(base, index)
            let hits = lanes(word, equalTo: a) | lanes(word, equalTo: b)
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to, base[index] != a, base[index] != b { index += 1 }
        return index
    }

    /// Index of the first byte ≥ 0x80 in `buffer[from..<to]`, or `to` when all are ASCII.
    @inline(__always)
    public static func firstNonASCII(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let hits = load(base, index) & highs
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to, base[index] < 0x80 { index += 1 }
        return index
    }
}
