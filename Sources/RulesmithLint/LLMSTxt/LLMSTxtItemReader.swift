import RulesmithText

/// Reads one list item of a section: its first line, the link it opens with, and what wraps.
enum LLMSTxtItemReader {
    static func read(
        _ index: Int, ordered: Bool, char: UInt8, nesting: Int,
        _ markdown: MarkdownDocument, _ source: SourceText, _ subtreeEnd: BlockIndices
    ) -> LLMSTxtItem {
        let blocks = markdown.blocks
        let bytes = source.bytes
        let item = blocks[index]
        let marker = item.contentRange
        let firstLineIndex = item.lines.lowerBound
        let lineEnd = source.contentRange(ofLine: firstLineIndex).upperBound
        let firstLine = ByteClass.trimmed(bytes, marker.upperBound..<max(marker.upperBound, lineEnd))

        var paragraph: Int?
        var child = index + 1
        while child < subtreeEnd[index] {
            let block = blocks[child]
            if block.isParagraph, block.lines.lowerBound == firstLineIndex {
                paragraph = child
                break
            } else if !block.isList {
                // Another block came first: the item does not open with a paragraph.
                break
            }
            child = subtreeEnd[child]
        }

        var link: InlineLink?
        var hasAnyLink = false
        if let paragraph {
            let block = blocks[paragraph]
            // The whole paragraph: a link's text may wrap onto the next line.
            link = plainLink(bytes, firstLine)
                ?? MarkdownInline.links(bytes, in: firstLine.lowerBound..<max(firstLine.lowerBound, block.range.upperBound)).first
            hasAnyLink = link != nil
        }
        let startsItem = link.map { $0.range.lowerBound == firstLine.lowerBound } ?? false
        var looseLink: Range<Int>?
        if paragraph != nil, !startsItem {
            looseLink = referenceStyleLink(bytes, firstLine)
        }
        let tailStart = startsItem ? link!.range.upperBound : (looseLink?.upperBound ?? firstLine.upperBound)
        let tailEnd = tailStart <= lineEnd ? lineEnd : source.lineEnd(at: tailStart)
        return LLMSTxtItem(
            block: index, marker: marker, isOrdered: ordered, markerCharacter: char, nesting: nesting,
            paragraph: paragraph, firstLine: firstLine, link: link, linkStartsItem: startsItem,
            hasAnyLink: hasAnyLink || looseLink != nil, looseLink: looseLink,
            tail: tailStart..<tailEnd)
    }

    /// The common case without allocating: `[text](url)` at the start of `range` where the text
    /// holds none of `[ ] ` \ < !` and the URL none of `( ) < \` or blanks, so that CommonMark
    /// can only read it as this one link. nil means "ask the full inline scanner".
    static func plainLink(_ bytes: [UInt8], _ range: Range<Int>) -> InlineLink? {
        bytes.withUnsafeBufferPointer { plainLink($0, range) }
    }

    private static func plainLink(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> InlineLink? {
        var index = range.lowerBound
        guard index < range.upperBound, bytes[index] == 0x5B else { return nil }
        let end = range.upperBound
        // The text ends at `]`; `[`, `` ` ``, `\`, `<` and `!` need the full scanner.
        let close = ByteScan.first(below: 0, orAnyOf: (0x5D, 0x5B, 0x60, 0x5C, 0x3C, 0x21), in: bytes, from: index + 1, to: end)
        guard close < end, bytes[close] == 0x5D, close + 1 < end, bytes[close + 1] == 0x28 else { return nil }
        let urlStart = close + 2
        // The destination ends at `)`; controls, space, `(`, `<`, `\` and DEL need the full scanner.
        index = ByteScan.first(below: 0x21, orAnyOf: (0x29, 0x28, 0x3C, 0x5C, 0x7F, 0x29), in: bytes, from: urlStart, to: end)
        guard index < end, bytes[index] == 0x29, index > urlStart else { return nil }
        return InlineLink(
            range: range.lowerBound..<(index + 1), textRange: (range.lowerBound + 1)..<close,
            destinationRange: urlStart..<index, titleRange: nil, isImage: false, isAngleBracketed: false)
    }

    /// `[text](url)` at the start of `range` as the reference parser reads it: text without `]`,
    /// url without `)`, both non-empty.
    static func referenceStyleLink(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        guard index < range.upperBound, bytes[index] == 0x5B else { return nil }
        index += 1
        let textStart = index
        while index < range.upperBound, bytes[index] != 0x5D { index += 1 }
        guard index > textStart, index + 1 < range.upperBound, bytes[index + 1] == 0x28 else { return nil }
        index += 2
        let urlStart = index
        while index < range.upperBound, bytes[index] != 0x29 { index += 1 }
        guard index > urlStart, index < range.upperBound else { return nil }
        return range.lowerBound..<(index + 1)
    }
}
