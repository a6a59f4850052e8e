import RulesmithText
import Testing
@testable import RulesmithLint

/// The word-at-a-time and table-driven fast paths give exactly what the plain byte loops they
/// replaced gave, on inputs built to hit lane boundaries, tails and rare bytes.
struct FastPathEquivalenceTests {
    /// Deterministic bytes: mostly ASCII text with line breaks, NULs, `<` and high bytes sprinkled.
    private static func sample(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        let alphabet = Array("abc def <!-- x\n\r\n\u{0}é\u{2028}".utf8)
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pick = Int(state >> 33)
            bytes.append(pick % 7 == 0 ? alphabet[pick % alphabet.count] : UInt8(0x61 + pick % 26))
        }
        return bytes
    }

    @Test func byteSearchesMatchAPlainLoop() {
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000] {
            for seed in 1...4 {
                let bytes = Self.sample(count, seed: UInt64(seed * 7919 + count))
                bytes.withUnsafeBufferPointer { buffer in
                    for from in stride(from: 0, through: count, by: max(1, count / 5)) {
                        for target in [UInt8(0x0A), 0x3C, 0x00, 0xC3] {
                            let expected = (from..<count).first { buffer[$0] == target } ?? count
                            #expect(ByteScan.first(target, in: buffer, from: from, to: count) == expected)
                        }
                        let either = (from..<count).first { buffer[$0] == 0x0A || buffer[$0] == 0x0D } ?? count
                        #expect(ByteScan.first(0x0A, or: 0x0D, in: buffer, from: from, to: count) == either)
                        let high = (from..<count).first { buffer[$0] >= 0x80 } ?? count
                        #expect(ByteScan.firstNonASCII(in: buffer, from: from, to: count) == high)
                    }
                }
                #expect(ByteScan.firstIndex(of: 0, in: bytes) == bytes.firstIndex(of: 0))
            }
        }
    }

    @Test func stopSearchMatchesAPlainLoop() {
        let stops: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x5D, 0x3C, 0x00, 0xC3, 0x7F, 0x0A)
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000] {
            for seed in 1...4 {
                var bytes = Self.sample(count, seed: UInt64(seed * 104_729 + count))
                // Bytes around the limits: just below and at 0x21, DEL, 0x80.
                for index in stride(from: seed, to: count, by: 11) { bytes[index] = [0x20, 0x21, 0x7F, 0x80, 0x1F, 0x5D][index % 6] }
                bytes.withUnsafeBufferPointer { buffer in
                    for from in stride(from: 0, through: count, by: max(1, count / 5)) {
                        for limit in [UInt8(0), 0x20, 0x21, 0x80] {
                            let expected = (from..<count).first {
                                let byte = buffer[$0]
                                return byte < limit || [stops.0, stops.1, stops.2, stops.3, stops.4, stops.5].contains(byte)
                            } ?? count
                            #expect(ByteScan.first(below: limit, orAnyOf: stops, in: buffer, from: from, to: count) == expected)
                        }
                    }
                }
            }
        }
    }

    @Test func blobRunsMatchAPlainLoop() {
        for count in [0, 59, 60, 61, 200, 5000] {
            for seed in 1...6 {
                var state = UInt64(seed * 31 + count)
                // Runs of blob bytes of random lengths (often near the 60-byte threshold) between separators.
                var bytes: [UInt8] = []
                while bytes.count < count {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let length = Int(state >> 58) + (state & 1 == 0 ? 50 : 0)
                    bytes += (0..<length).map { UInt8(0x41 + ($0 * 7 + seed) % 26) }
                    bytes.append([0x20, 0x2E, 0x0A, 0x3A][Int(state >> 40) % 4])
                }
                bytes = Array(bytes.prefix(count))
                var expected: [Range<Int>] = []
                var start = 0
                for index in 0...bytes.count where index == bytes.count || !EncodedBlobs.isRunByte(bytes[index]) {
                    if index - start >= 60 { expected.append(start..<index) }
                    start = index + 1
                }
                #expect(bytes.withUnsafeBufferPointer { EncodedBlobs.runs($0) } == expected)
            }
        }
    }

    @Test func unusualByteSearchMatchesAPlainLoop() {
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000] {
            for seed in 1...4 {
                var bytes = Self.sample(count, seed: UInt64(seed * 7 + count))
                for index in stride(from: seed, to: count, by: 13) { bytes[index] = [0x09, 0x7F, 0x1F, 0x0B, 0x20, 0x7E][index % 6] }
                bytes.withUnsafeBufferPointer { buffer in
                    for from in stride(from: 0, through: count, by: max(1, count / 5)) {
                        let expected = (from..<count).first {
                            let byte = buffer[$0]
                            return byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
                        } ?? count
                        #expect(ByteScan.firstUnusual(in: buffer, from: from, to: count) == expected)
                    }
                }
            }
        }
    }

    @Test(arguments: [true, false])
    func lineIndexMatchesAPlainLoop(withCarriageReturns: Bool) {
        for seed in 1...6 {
            var bytes = Self.sample(200 + seed * 37, seed: UInt64(seed))
            if !withCarriageReturns { bytes.removeAll { $0 == 0x0D } }
            var expected = [0]
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A {
                    expected.append(index + 1)
                } else if bytes[index] == 0x0D {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    expected.append(index + 1)
                }
                index += 1
            }
            #expect(Array(SourceText(bytes: bytes).lineStarts) == expected)
        }
    }

    @Test func fingerprintSimilarityIsJaccardOfTheShingleSets() {
        let first = TextFingerprint(Array("one two three four five six seven eight nine ten one two three four five".utf8)[...])
        let second = TextFingerprint(Array("one two three four five six seven eight nine eleven".utf8)[...])
        let a = Set(first.shingles ?? [])
        let b = Set(second.shingles ?? [])
        #expect(first.shingles == first.shingles?.sorted())
        #expect(a.count == first.shingles?.count)
        let jaccard = Double(a.intersection(b).count) / Double(a.union(b).count)
        #expect(first.similarity(to: second) == jaccard)
        #expect(first.containment(of: second) == Double(a.intersection(b).count) / Double(b.count))
    }

    @Test func jsonEscapesControlsAndLineSeparators() {
        let value = JSONValue.string("a\"b\\c\nd\re\tf\u{1}g\u{7F}h\u{2028}i\u{2029}jé")
        #expect(value.serialized() == #""a\"b\\c\nd\re\tf\u0001g\u007fh\u2028i\u2029jé""#)
        let nested = JSONValue.object([("k", .array([.int(12), .int(-3), .bool(true), .null]))])
        #expect(nested.serialized(pretty: true) == "{\n  \"k\": [\n    12,\n    -3,\n    true,\n    null\n  ]\n}")
    }

    @Test func keywordBoundsDropHitsInsideWords() {
        let automaton = KeywordAutomaton(
            [Array("do".utf8), Array("rm ".utf8), Array("://".utf8)],
            bounds: [.init(startsWord: true, endsWord: true), .init(startsWord: true), .init()])
        let text = Array("do document undo do_ (do) farm rm x https://a DO\n".utf8)
        var found: [[Int]] = []
        text.withUnsafeBufferPointer { buffer in
            automaton.scan(buffer) { keyword, end in found.append([end, keyword]) }
        }
        // `do` at 0, `(do)` and `DO`; `rm ` only as a word; `://` anywhere.
        #expect(found == [[2, 0], [24, 0], [34, 1], [44, 2], [48, 0]])
    }

    /// The automaton reads large texts in blocks cut in four at line breaks and scans the parts
    /// interleaved: the hits must be the ones a naive search finds, in the same order, across
    /// block boundaries and through a line longer than a block.
    @Test(arguments: [0, 70_000])
    func keywordScanOfALargeTextFindsEveryOccurrenceInOrder(longLine: Int) {
        let keywords = [Array("curl".utf8), Array("://".utf8), Array("rm ".utf8), Array("token".utf8), Array("url".utf8)]
        let automaton = KeywordAutomaton(keywords)
        var text: [UInt8] = []
        var line = 0
        while text.count < 200_000 {
            text += Array("- [Doc \(line)](https://x.dev/\(line).md): CURL it, rm -rf, Token\(line % 3 == 0 ? " curl" : "")\n".utf8)
            if line == 500 { text += Array(String(repeating: "curl tok", count: longLine / 8).utf8) }
            line += 1
        }
        var found: [[Int]] = []
        text.withUnsafeBufferPointer { buffer in
            automaton.scan(buffer) { keyword, end in found.append([end, keyword]) }
        }
        var expected: [[Int]] = []
        let lowered = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for end in 1...lowered.count {
            // Longest first at one end, as the automaton reports them.
            for (index, keyword) in keywords.enumerated().sorted(by: { $0.element.count > $1.element.count })
            where end >= keyword.count && Array(lowered[(end - keyword.count)..<end]) == keyword {
                expected.append([end, index])
            }
        }
        #expect(found == expected)
    }
}
