/// A 64-bit hash and an equality test over byte ranges, eight bytes per step, for hash tables
/// keyed by text that lives in a document's bytes (no String is made).
@usableFromInline
enum ByteHash {
    private static let seed: UInt64 = 0x243F_6A88_85A3_08D3
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash of `buffer[range]`; equal bytes hash equal, whatever their offsets.
    @usableFromInline
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard let base = buffer.baseAddress else { return seed }
        var value = seed ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            value = mix(value ^ load(base, index))
            index += 8
        }
        if index < range.upperBound {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < range.upperBound {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            value = mix(value ^ tail)
        }
        return mix(value)
    }

    /// Whether `buffer[first]` and `buffer[second]` hold the same bytes.
    @usableFromInline
    static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        let count = first.count
        while offset + 8 <= count {
            if load(base, first.lowerBound + offset) != load(base, second.lowerBound + offset) { return false }
            offset += 8
        }
        while offset < count {
            if base[first.lowerBound + offset] != base[second.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }

    /// Folds the full 128-bit product, so every input bit reaches every output bit in one step.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: multiplier)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }
}
