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

    /// The first occurrences are kept for a window of repeats; asking past it (or before it, in
    /// any order) finds the window that holds the repeat asked for.
    @Test(arguments: [1, 3, 1000])
    func firstsAreFoundPastTheListedWindowInAnyOrder(listing: Int) {
        let (bytes, ranges) = Self.sample(words: 30_000, seed: 7)
        let expected = bytes.withUnsafeBufferPointer { buffer in
            RepeatedRanges.find(in: buffer, count: ranges.count) { ranges[$0] }
        }
        bytes.withUnsafeBufferPointer { buffer in
            var set = RepeatedRanges.repeats(in: buffer, count: ranges.count, listing: listing) { ranges[$0] }
            #expect((0..<ranges.count).filter { set.isRepeat($0) } == expected.map(\.index))
            for (index, first) in Array(expected.reversed().prefix(50)) + Array(expected.prefix(50)) {
                #expect(set.first(of: index, in: buffer) { ranges[$0] } == first)
            }
        }
    }

    /// A hundred thousand copies of one range and one of another: one group, a table that
    /// holds two entries, every copy after the first a repeat of it.
    @Test func copiesOfOneRangeRepeatTheFirst() {
        let bytes = Array("https://x.dev/a.md https://x.dev/b.md".utf8)
        let count = 100_000
        let found = bytes.withUnsafeBufferPointer { buffer in
            RepeatedRanges.find(in: buffer, count: count) { $0 == 5 ? 19..<37 : 0..<18 }
        }
        #expect(found.count == count - 2)
        #expect(found.allSatisfy { $0.first == 0 && $0.index != 5 })
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
