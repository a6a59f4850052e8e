import Testing
@testable import RulesmithText

/// Chunks kept as progressions or as plain elements read back, after writes and removals,
/// exactly what a plain array holds.
struct ProgressionChunksTests {
    /// Elements per chunk; the sizes below are in chunks, so they cross the same borders whatever it is.
    private static let chunk = ProgressionChunks<UInt32>.chunkSize

    /// Runs that are progressions (steps 0, 1, 4, a wrapping negative step), runs that are not,
    /// and runs that cross chunk boundaries.
    private static func values(_ count: Int) -> [UInt32] {
        var values: [UInt32] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while values.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 33) % (11 * chunk / 4) + 1
            let start = UInt32(truncatingIfNeeded: state >> 7)
            switch Int(state >> 60) % 5 {
            case 0: values += (0..<length).map { _ in start }
            case 1: values += (0..<length).map { start &+ UInt32($0) }
            case 2: values += (0..<length).map { start &+ 4 &* UInt32($0) }
            case 3: values += (0..<length).map { start &- 3 &* UInt32($0) }
            default: values += (0..<length).map { UInt32(truncatingIfNeeded: ($0 &* 2_654_435_761) ^ Int(start)) }
            }
        }
        return Array(values.prefix(count))
    }

    @Test func readsBackWhatWasAppended() {
        let chunk = Self.chunk
        for count in [0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk - 1, 2 * chunk, 2 * chunk + 1, 40 * chunk] {
            let expected = Self.values(count)
            var chunks = ProgressionChunks<UInt32>()
            for value in expected { chunks.append(value) }
            #expect(chunks.count == count)
            #expect((0..<count).allSatisfy { chunks[$0] == expected[$0] })
        }
    }

    @Test func writesIntoSealedChunksAndTheOpenOneStick() {
        let chunk = Self.chunk
        var expected = Self.values(20 * chunk)
        var chunks = ProgressionChunks<UInt32>()
        for value in expected { chunks.append(value) }
        // A constant chunk, a step chunk, the open chunk: written at their first, middle and last.
        for position in [0, chunk / 2, chunk - 1, chunk, chunk + 44, 2 * chunk - 1, 16 * chunk - 1, 20 * chunk - 1, 4 * chunk, 4 * chunk] {
            expected[position] &+= 17
            chunks[position] = expected[position]
        }
        #expect((0..<expected.count).allSatisfy { chunks[$0] == expected[$0] })
        for value in Self.values(2 * chunk + chunk / 3) {
            expected.append(value)
            chunks.append(value)
        }
        #expect((0..<expected.count).allSatisfy { chunks[$0] == expected[$0] })
    }

    @Test func removeLastReopensTheChunkBefore() {
        let chunk = Self.chunk
        var expected = Self.values(4 * chunk + chunk / 3)
        var chunks = ProgressionChunks<UInt32>()
        for value in expected { chunks.append(value) }
        var steps = 0
        while expected.count > chunk - 56 {
            steps += 1
            expected.removeLast()
            chunks.removeLast()
            if steps % 97 == 0 {
                expected.append(7)
                chunks.append(7)
            }
        }
        #expect(chunks.count == expected.count)
        #expect((0..<expected.count).allSatisfy { chunks[$0] == expected[$0] })
    }

    /// One-line headings, one after another: every field advances alike, so blocks and lines
    /// are stored as progressions and read back as the scanner made them.
    @Test func repeatedHeadingsReadBackAsScanned() {
        let text = String(repeating: "## \n", count: 1_000) + "para\n" + String(repeating: "## a\n", count: 700)
        let document = MarkdownDocument(SourceText(text))
        #expect(document.blocks.count == 1_701)
        #expect(document.blocks[999].lines == 999..<1000)
        #expect(document.blocks[999].range == 3996..<3999)
        #expect(document.blocks[1_000].isParagraph)
        #expect(document.blocks[1_700].contentRange == (4005 + 699 * 5 + 3)..<(4005 + 699 * 5 + 4))
        #expect(document.lines[1_500].leaf == 1_500)
        #expect(document.lines.count == 1_700 + 1)
        let starts = SourceText(text).lineStarts
        #expect(starts[1_000] == 4_000 && starts[1_001] == 4_005 && starts[1_700] == 4_005 + 699 * 5)
    }
}
