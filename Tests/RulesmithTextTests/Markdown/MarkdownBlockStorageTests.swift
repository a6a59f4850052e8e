import Testing
@testable import RulesmithText

/// The packed 32-bit storage of blocks and lines gives back exactly what was stored.
struct MarkdownBlockStorageTests {
    static let kinds: [MarkdownBlock.Kind] = [
        .blockQuote, .list(ordered: false, marker: 0x2D), .list(ordered: true, marker: 0x29),
        .listItem(ordered: false, marker: 0x2A, number: nil), .listItem(ordered: true, marker: 0x2E, number: 0),
        .listItem(ordered: true, marker: 0x2E, number: 999_999_999), .heading(level: 1, setext: false),
        .heading(level: 6, setext: true), .paragraph, .fencedCode(fence: 0x60, length: 3, closed: false),
        .fencedCode(fence: 0x7E, length: 1 << 20, closed: true), .indentedCode, .html(type: 7), .thematicBreak,
    ]

    @Test func everyKindRoundTrips() {
        for kind in Self.kinds {
            var block = MarkdownBlock(kind: .paragraph, parent: nil, depth: 0, lines: 0..<1, range: 0..<0, contentRange: 0..<0)
            block.kind = kind
            #expect(block.kind == kind)
            #expect(block.isCode == (kind == .indentedCode || { if case .fencedCode = kind { true } else { false } }()))
            #expect(block.isParagraph == (kind == .paragraph))
        }
    }

    @Test func offsetsAndOptionalIndicesRoundTrip() {
        let limit = SourceText.maximumByteCount
        var block = MarkdownBlock(
            kind: .blockQuote, parent: 7, depth: 64, lines: 3..<(limit / 2), range: 5..<limit, contentRange: limit..<limit)
        #expect(block.parent == 7)
        #expect(block.depth == 64)
        #expect(block.lines == 3..<(limit / 2))
        #expect(block.range == 5..<limit)
        #expect(block.contentRange == limit..<limit)
        block.parent = nil
        #expect(block.parent == nil)
        block.parent = 0
        #expect(block.parent == 0)

        let line = MarkdownLine(leaf: nil, container: 0, contentStart: limit, isLazy: true, isBlank: false)
        #expect(line.leaf == nil && line.container == 0 && line.contentStart == limit && line.isLazy && !line.isBlank)
        let other = MarkdownLine(leaf: 12, container: nil, contentStart: 0, isLazy: false, isBlank: true)
        #expect(other.leaf == 12 && other.container == nil && !other.isLazy && other.isBlank)
    }
}
