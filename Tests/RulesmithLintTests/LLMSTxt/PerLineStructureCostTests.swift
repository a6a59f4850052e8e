import Testing
@testable import RulesmithLint
@testable import RulesmithText

/// What an llms.txt's per-line structure costs on the irregular floods `bench/memory.sh`
/// measures (SECURITY.md guarantee 10: peak memory within three times the file): the Markdown
/// blocks and lines, the line starts, the llms.txt items and block positions, in bytes a line,
/// beside the 6.5 bytes of text a line of the link-less items takes.
struct PerLineStructureCostTests {
    /// Lines of 1 to 6 letters, a fixed seed.
    private static func words(_ count: Int) -> [String] {
        var state: UInt64 = 14
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return String(repeating: "abcdefgh".map { $0 }[Int(state >> 61) % 8], count: Int(state >> 58) % 6 + 1)
        }
    }

    /// Bytes the per-line lists of one llms.txt hold, per line.
    private static func bytesPerLine(_ text: String) -> Double {
        let source = SourceText(text)
        let structure = LLMSTxtStructure(source, markdown: MarkdownDocument(source))
        let markdown = structure.markdown
        let bytes = markdown.blocks.storage.storedBytes + markdown.lines.storage.storedBytes
            + source.lineStarts.storage.storedBytes + structure.sections.items.storage.storedBytes
            + structure.subtreeEnd.storage.storedBytes + structure.topLevel.storage.storedBytes
        return Double(bytes) / Double(source.lineStarts.count)
    }

    /// Link-less items (`- ` and a word): a list item and its paragraph a line (4.0 bytes),
    /// an item (2.2), the Markdown line and the line start (1.8). Measured 8.1.
    @Test func linklessItemsCostUnderEightAndAHalfBytesALine() {
        let perLine = Self.bytesPerLine("# P\n\n## Docs\n\n" + Self.words(200_000).map { "- \($0)\n" }.joined())
        #expect(perLine < 8.5)
    }

    /// Relative links (`- [word](word.md)`): the item keeps its link's offsets. Measured 9.3
    /// (12.0 in chunks of 256 elements, whose chunk and lane records cost a quarter as much again).
    @Test func relativeLinksCostUnderTenBytesALine() {
        let words = Self.words(200_000)
        let perLine = Self.bytesPerLine("# P\n\n## Docs\n\n" + words.indices.map { "- [\(words[$0])](\(words[($0 + 7) % words.count]).md)\n" }.joined())
        #expect(perLine < 10)
    }

    /// Headings of varied length (`## ` and a word): one block a line. Measured 3.6 (4.6 in
    /// chunks of 256).
    @Test func variedHeadingsCostUnderFourBytesALine() {
        let perLine = Self.bytesPerLine(Self.words(200_000).map { "## \($0)\n" }.joined())
        #expect(perLine < 4)
    }
}
