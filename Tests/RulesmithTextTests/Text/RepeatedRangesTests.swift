import Testing
@testable import RulesmithText

/// The partitioned duplicate finder gives what a dictionary of first occurrences gives.
struct RepeatedRangesTests {
    /// Short words over a small alphabet, so that many repeat; some ranges are empty.
    private static func sample(words: Int, seed: UInt64) -> (bytes: [UInt8], ranges: [Range<Int>]) {
        var state = seed
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for _ in 0..<words {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 13
            let start = bytes.count
            for position in 0..<length {
                bytes.append(UInt8(0x61 + Int((state >> UInt64(8 + position * 3)) & 3)))
            }
            ranges.append(start..<bytes.count)
            bytes.append(0x20)
        }
        return (bytes, ranges)
    }

    @Test(arguments: [0, 1, 2, 100, 5000, 40000])
    func repeatsMatchADictionaryOfFirstOccurrences(words: Int) {
        let (bytes, ranges) = Self.sample(words: words, seed: UInt64(words + 1))
        var firstOf: [[UInt8]: Int] = [:]
        var expected: [(Int, Int)] = []
        for (index, range) in ranges.enumerated() where !range.isEmpty {
            let key = Array(bytes[range])
            if let first = firstOf[key] { expected.append((index, first)) } else { firstOf[key] = index }
        }
        let found = bytes.withUnsafeBufferPointer { buffer in
            RepeatedRanges.find(in: buffer, count: ranges.count) { ranges[$0] }
        }
        #expect(found.map(\.index) == expected.map(\.0))
        #expect(found.map(\.first) == expected.map(\.1))
    }

    @Test func equalBytesHashEqualAtAnyOffset() {
        let bytes = Array("0123456789abcdefXYZ0123456789abcdefXYZ".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for length in 0...19 {
                #expect(ByteHash.hash(buffer, 0..<length) == ByteHash.hash(buffer, 19..<(19 + length)))
                #expect(ByteHash.equal(buffer, 0..<length, 19..<(19 + length)))
                if length > 0 { #expect(!ByteHash.equal(buffer, 0..<length, 1..<(1 + length))) }
            }
        }
    }
}
