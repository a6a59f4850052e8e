import Testing
@testable import RulesmithText

/// Chunks stored narrow (per-lane lines and one-, two- or four-byte residuals) read back, after
/// writes and removals, exactly what a plain array holds, for rows of many lanes whose fields
/// are constant, wander a little, follow the lane before, jump anywhere or wrap.
struct NarrowLanesTests {
    /// A row of `laneCount` lanes, dense by its own say, never a steady progression.
    struct Row: Progressing, Sendable, Equatable {
        static let laneCount = 20
        var lanes: [UInt32]

        init(_ lanes: [UInt32]) { self.lanes = lanes }

        func step(to next: Row) -> Bool? { nil }
        func advanced(by step: Bool, times: Int) -> Row { self }
        func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) {
            for index in 0..<Self.laneCount { lanes[index] = self.lanes[index] }
        }
        init(lanes: UnsafePointer<UInt32>) { self.lanes = (0..<Self.laneCount).map { lanes[$0] } }
        static func isDense(from first: Row, to last: Row, count: Int) -> Bool { true }
    }

    private static func rows(_ count: Int) -> [Row] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 29)
        }
        var walk = [UInt32](repeating: 0, count: Row.laneCount)
        var rows: [Row] = []
        for position in 0..<count {
            var lanes = [UInt32](repeating: 0, count: Row.laneCount)
            for lane in 0..<Row.laneCount {
                // Kinds change every 1.17 chunks, so chunks see each kind and mixtures at borders.
                switch (lane + position / (75 * ProgressionChunks<Row>.chunkSize / 64)) % 7 {
                case 0: lanes[lane] = 42
                case 1: walk[lane] &+= next() % 9 + 1; lanes[lane] = walk[lane]
                case 2: walk[lane] &+= next() % 300; lanes[lane] = walk[lane]
                case 3: lanes[lane] = lane > 0 ? lanes[lane - 1] &+ next() % 5 : 7
                case 4: lanes[lane] = next()
                case 5: lanes[lane] = position % 2 == 0 ? UInt32.max : UInt32(position)
                default: walk[lane] &-= next() % 40_000; lanes[lane] = walk[lane]
                }
            }
            rows.append(Row(lanes))
        }
        return rows
    }

    @Test func readsBackWhatWasAppended() {
        let chunk = ProgressionChunks<Row>.chunkSize
        for count in [0, 1, chunk - 1, chunk, chunk + 1, 4 * chunk - 24, 12 * chunk - 72] {
            let expected = Self.rows(count)
            var chunks = ProgressionChunks<Row>()
            for row in expected { chunks.append(row) }
            #expect(chunks.count == count)
            #expect((0..<count).allSatisfy { chunks[$0] == expected[$0] })
        }
    }

    @Test func writesAndRemovalsStick() {
        let chunk = ProgressionChunks<Row>.chunkSize
        var expected = Self.rows(8 * chunk - 192)
        var chunks = ProgressionChunks<Row>()
        for row in expected { chunks.append(row) }
        // Small moves (stored again in place), a large one (stored again at the end), and one
        // chunk written past the limit of re-encodings (then plain).
        let middle = 2 * chunk + chunk / 2
        let moves: [(Int, UInt32)] = [(0, 1), (chunk - 1, 1_000_003), (chunk, 2), (middle, 70_000), (8 * chunk - 193, 1), (middle, 3)]
        let rewrites: [(Int, UInt32)] = (0..<8).map { (4 * chunk + 17 * $0, UInt32($0)) }
        for (position, change) in moves + rewrites {
            expected[position].lanes[3] &+= change
            expected[position].lanes[4] &+= change
            chunks[position] = expected[position]
        }
        #expect((0..<expected.count).allSatisfy { chunks[$0] == expected[$0] })
        while expected.count > 2 * chunk + chunk / 3 {
            expected.removeLast()
            chunks.removeLast()
        }
        for row in Self.rows(chunk + chunk / 6) {
            expected.append(row)
            chunks.append(row)
        }
        #expect(chunks.count == expected.count)
        #expect((0..<expected.count).allSatisfy { chunks[$0] == expected[$0] })
    }

    /// Short headings of varied length: no chunk is a progression, every one is stored narrow,
    /// and each block, line and line start reads back where the text puts it.
    @Test func variedShortHeadingsReadBackAsScanned() {
        var state: UInt64 = 14
        var words: [String] = []
        var text = ""
        for _ in 0..<(8 * ProgressionChunks<MarkdownBlock>.chunkSize - 192) {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let word = String(repeating: "abcdef".map { $0 }[Int(state >> 61) % 6], count: Int(state >> 58) % 6 + 1)
            words.append(word)
            text += "## \(word)\n"
        }
        let source = SourceText(text)
        let document = MarkdownDocument(source)
        #expect(document.blocks.count == words.count)
        #expect(!document.blocks.storage.narrow.lanes.isEmpty && !document.lines.storage.narrow.lanes.isEmpty)
        var offset = 0
        for (index, word) in words.enumerated() {
            let block = document.blocks[index]
            #expect(block.headingLevel == 2 && block.lines == index..<(index + 1))
            #expect(block.range == offset..<(offset + 3 + word.utf8.count))
            #expect(block.contentRange == (offset + 3)..<(offset + 3 + word.utf8.count))
            #expect(document.lines[index].leaf == index && document.lines[index].contentStart == offset)
            #expect(source.lineStarts[index] == offset)
            offset += word.utf8.count + 4
        }
    }
}

/// What narrow chunks cost on the floods of short lines `bench/memory.sh` measures: blocks of
/// two kinds alternating (a list item, then its paragraph) follow a line per parity, and
/// residuals of a few values take half a byte.
struct NarrowLanesCostTests {
    private static func words(_ count: Int) -> [String] {
        var state: UInt64 = 14
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return String(repeating: "abcdef".map { $0 }[Int(state >> 61) % 6], count: Int(state >> 58) % 6 + 1)
        }
    }

    /// Bytes a narrow list holds per element: residuals and lane records.
    private static func bytesPerElement<Element>(_ chunks: ProgressionChunks<Element>) -> Double {
        Double(chunks.narrow.residuals.count + MemoryLayout<NarrowLanes.Lane>.stride * chunks.narrow.lanes.count)
            / Double(chunks.count)
    }

    /// Link-less list items: a list item and its paragraph per line. One line through both
    /// kinds held each block's parent in four bytes (12 bytes a block in all).
    @Test func alternatingItemsAndParagraphsCostAFewBytesABlock() {
        let words = Self.words(20_000)
        let source = SourceText("# P\n\n## Docs\n\n" + words.map { "- \($0)\n" }.joined())
        let document = MarkdownDocument(source)
        #expect(document.blocks.count == 3 + 2 * words.count)
        #expect(Self.bytesPerElement(document.blocks.storage) < 3.5)
        var offset = 14
        for (index, word) in words.enumerated() {
            let item = document.blocks[3 + 2 * index]
            let paragraph = document.blocks[4 + 2 * index]
            #expect(item.isListItem && item.parent == 2 && item.range == offset..<(offset + 2 + word.utf8.count))
            #expect(item.contentRange == offset..<(offset + 1))
            #expect(paragraph.isParagraph && paragraph.parent == 3 + 2 * index)
            #expect(paragraph.range == (offset + 2)..<(offset + 2 + word.utf8.count))
            offset += word.utf8.count + 3
        }
    }

    /// Headings of varied length: the offsets wander (a byte each), a heading's end follows its
    /// start by a few bytes (half a byte).
    @Test func variedHeadingsCostUnderTwoAndAHalfBytesABlock() {
        let source = SourceText(Self.words(20_000).map { "## \($0)\n" }.joined())
        let document = MarkdownDocument(source)
        #expect(Self.bytesPerElement(document.blocks.storage) < 2.5)
    }
}
