import Testing
@testable import RulesmithCore

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

    @Test func lineIndexMatchesAPlainLoop() {
        for seed in 1...6 {
            let bytes = Self.sample(200 + seed * 37, seed: UInt64(seed))
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
            #expect(SourceText(bytes: bytes).lineStarts == expected)
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
