#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches a machine word (eight bytes) or, for one byte, a vector at a time, for the scans
/// that touch every byte of a file: line breaks, `<`, NUL, the first non-ASCII or unusual byte,
/// the end of a link's text or URL, without a per-byte branch.
/// Every function is `@inlinable`: the lint rules that call them live in other targets, and a
/// call per word would cost more than the scan.
public enum ByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word whose lanes are 0x80 exactly where `word` has byte `byte` (others 0), exact per lane.
    @inlinable @inline(__always)
    static func lanes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return ~(((x & ~highs) &+ ~highs) | x) & highs
    }

    /// A word whose lanes are 0x80 exactly where `word` has a byte below `limit` (at most 0x80).
    /// Setting every lane's high bit first means no lane borrows from the next, so a lane is below
    /// `limit` exactly when its subtraction clears that bit; lanes ≥ 0x80 are masked out by `~word`.
    @inlinable @inline(__always)
    static func lanes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        ~((word | highs) &- ones &* UInt64(limit)) & ~word & highs
    }

    @inlinable @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// Index of the first `byte` in `buffer[from..<to]`, or `to` when there is none.
    @inlinable @inline(__always)
    public static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress, from < to else { return to }
        // The C library's memchr reads 32 or 64 bytes a step with vector instructions.
        guard let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Index of the first `byte` in `bytes`, or nil.
    @inlinable
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let found = first(byte, in: buffer, from: 0, to: buffer.count)
            return found < buffer.count ? found : nil
        }
    }

    /// Index of the first `a` or `b` in `bytes[range]`, or nil.
    @inlinable
    public static func firstIndex(of a: UInt8, or b: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            let found = first(a, or: b, in: buffer, from: range.lowerBound, to: range.upperBound)
            return found < range.upperBound ? found : nil
        }
    }

    /// Index of the first `a` or `b` in `buffer[from..<to]`, or `to` when there is none.
    @inlinable @inline(__always)
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

    /// Index of the first byte in `buffer[from..<to]` that is below `limit` (at most 0x80) or
    /// equal to one of the six `stops` (repeat one to use fewer), or `to` when there is none.
    @inlinable @inline(__always)
    public static func first(
        below limit: UInt8, orAnyOf stops: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8),
        in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int {
        guard let base = buffer.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let word = load(base, index)
            let hits = lanes(word, below: limit) | lanes(word, equalTo: stops.0) | lanes(word, equalTo: stops.1)
                | lanes(word, equalTo: stops.2) | lanes(word, equalTo: stops.3)
                | lanes(word, equalTo: stops.4) | lanes(word, equalTo: stops.5)
            if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < to {
            let byte = base[index]
            if byte < limit || byte == stops.0 || byte == stops.1 || byte == stops.2 || byte == stops.3
                || byte == stops.4 || byte == stops.5 { return index }
            index += 1
        }
        return index
    }

    /// Index of the first byte in `buffer[from..<to]` that is not printable ASCII, tab, line feed
    /// or carriage return (a byte ≥ 0x80, DEL or another control), or `to` when there is none.
    @inlinable @inline(__always)
    public static func firstUnusual(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = buffer.baseAddress else { return to }
        var index = from
        while index + 8 <= to {
            let word = load(base, index)
            var hits = (word & highs) | lanes(word, below: 0x20) | lanes(word, equalTo: 0x7F)
            if hits != 0 {
                // Most words flagged hold no more than a line's break: take out tab, LF and CR.
                hits &= ~(lanes(word, equalTo: 0x0A) | lanes(word, equalTo: 0x0D) | lanes(word, equalTo: 0x09))
                if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
            }
            index += 8
        }
        while index < to {
            let byte = base[index]
            if byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) { return index }
            index += 1
        }
        return index
    }

    /// Index of the first byte ≥ 0x80 in `buffer[from..<to]`, or `to` when all are ASCII.
    @inlinable @inline(__always)
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
