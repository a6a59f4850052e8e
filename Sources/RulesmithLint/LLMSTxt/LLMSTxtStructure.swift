import RulesmithText

/// The llms.txt reading of a document: title, summary, details and H2 sections with their items,
/// all as block indices and byte ranges into the document. Computed once and shared by the rules.
///
/// Kept as columns of 32-bit positions (headings, sections, item links) and one array of items,
/// with no object per heading or section: its size follows the links, not the lines.
public struct LLMSTxtStructure: DocumentAnalysis, Sendable {
    public let markdown: MarkdownDocument
    /// Bytes of a leading UTF-8 byte order mark (0 or 3).
    public let bomLength: Int
    /// The file holds nothing but blanks and line breaks.
    public let isBlank: Bool
    /// The file is an HTML page (`<!DOCTYPE html>` or `<html>` before anything else).
    public let isHTMLDocument: Bool
    /// Top-level blocks in document order.
    public let topLevel: BlockIndices
    /// Top-level headings in order, `#x` paragraphs included.
    public let headings: LLMSTxtHeadings
    /// The H1 that names the project: the first level-1 heading before any H2.
    public let title: LLMSTxtHeading?
    /// Top-level blocks before the title, or before the first H2 when there is no title.
    public let preamble: BlockIndices
    /// The block quote that directly follows the title.
    public let summary: Int?
    /// Top-level blocks after the title and summary, before the first H2.
    public let details: BlockIndices
    /// The H2 sections in order.
    public let sections: LLMSTxtSections
    /// Level-1 headings other than the title that come before the first H2.
    public let extraTitles: LLMSTxtHeadings
    /// Level-1 headings after the first H2.
    public let lateTitles: LLMSTxtHeadings
    /// For each block, the index just past its last descendant (blocks are in preorder).
    public let subtreeEnd: BlockIndices
    /// The link of each item of a section's own list (not a nested one, which LT044 reports)
    /// that starts with a CommonMark link, in document order: the links tools fetch.
    public let itemLinks: ItemLinks

    public init(_ document: LintDocument) {
        self.init(document.source, markdown: document.analysis(MarkdownDocument.self))
    }

    public init(_ source: SourceText, markdown: MarkdownDocument) {
        self.markdown = markdown
        let bytes = source.bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        bomLength = bom
        isBlank = bytes[bom...].allSatisfy { ByteClass.isWhitespace($0) }
        isHTMLDocument = Self.startsLikeHTML(bytes, from: bom)
        let blocks = markdown.blocks
        subtreeEnd = Self.subtreeEnds(blocks)

        // Counted first, so each list is allocated once at its size: a file of millions of
        // `## ` lines would otherwise hold up to twice each list while it grows.
        var counts = (topLevel: 0, headings: 0, sections: 0)
        for index in blocks.indices where blocks[index].parent == nil {
            counts.topLevel += 1
            guard let heading = Self.heading(blocks[index], index, bytes) else { continue }
            counts.headings += 1
            if heading.level == 2 { counts.sections += 1 }
        }
        var topLevel = BlockIndices()
        topLevel.reserveCapacity(counts.topLevel)
        var headingBlocks = BlockIndices()
        headingBlocks.reserveCapacity(counts.headings)
        var sectionStarts = BlockIndices()
        sectionStarts.reserveCapacity(counts.sections)
        var title: LLMSTxtHeading?
        // Blocks and headings as packed indices: a file of millions of `# ` lines or of
        // paragraphs before the first H2 holds a position each, not a heading's 64 bytes.
        var preamble = BlockIndices()
        var summary: Int?
        var details = BlockIndices()
        var extraTitles = BlockIndices()
        var lateTitles = BlockIndices()
        var afterTitle = false
        var summaryOpen = true
        for index in blocks.indices where blocks[index].parent == nil {
            topLevel.append(index)
            let heading = Self.heading(blocks[index], index, bytes)
            if heading != nil { headingBlocks.append(index) }
            if heading?.level == 2 {
                sectionStarts.append(topLevel.count - 1)
                continue
            }
            if !sectionStarts.isEmpty {
                if heading?.level == 1 { lateTitles.append(index) }
            } else if title == nil && !afterTitle {
                if heading?.level == 1 {
                    title = heading
                    afterTitle = true
                } else {
                    preamble.append(index)
                }
            } else {
                if heading?.level == 1 {
                    // A second H1 right under the first keeps the slot for the summary open.
                    extraTitles.append(index)
                    details.append(index)
                } else if summaryOpen, blocks[index].kind == .blockQuote {
                    summary = index
                    summaryOpen = false
                } else {
                    details.append(index)
                    summaryOpen = false
                }
            }
        }
        let headings = LLMSTxtHeadings(blocks: blocks, bytes: bytes, indices: headingBlocks)
        let (items, firstItems) = Self.items(topLevel, sectionStarts, markdown, source, subtreeEnd)
        let sections = LLMSTxtSections(
            headings: headings, topLevel: topLevel, sectionStarts: sectionStarts, items: items, firstItems: firstItems)
        self.topLevel = topLevel
        self.headings = headings
        self.title = title
        self.preamble = preamble
        self.summary = summary
        self.details = details
        self.sections = sections
        self.extraTitles = LLMSTxtHeadings(blocks: blocks, bytes: bytes, indices: extraTitles)
        self.lateTitles = LLMSTxtHeadings(blocks: blocks, bytes: bytes, indices: lateTitles)
        itemLinks = ItemLinks(sections)
    }

    /// Whether any rule about the llms.txt layout should speak: the file has text and is not HTML.
    public var hasLayout: Bool { !isBlank && !isHTMLDocument }

    /// The top-level heading that starts at byte `offset`, if any (a binary search: `headings`
    /// are in document order, so rules need no set or dictionary of millions of positions).
    public func heading(startingAt offset: Int) -> LLMSTxtHeading? {
        let low = SortedSearch.first(in: 0..<headings.count) { headings.start($0) < offset }
        return low < headings.count && headings.start(low) == offset ? headings[low] : nil
    }

    // MARK: Building

    private static func startsLikeHTML(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < bytes.count, ByteClass.isWhitespace(bytes[index]) { index += 1 }
        return ByteClass.hasPrefix(bytes, at: index, "<!doctype html", caseInsensitive: true)
            || (ByteClass.hasPrefix(bytes, at: index, "<html", caseInsensitive: true)
                && (index + 5 >= bytes.count || bytes[index + 5] == 0x3E || ByteClass.isWhitespace(bytes[index + 5])))
    }

    private static func subtreeEnds(_ blocks: MarkdownBlocks) -> BlockIndices {
        // Appended in order and set when the subtree closes: a leaf's end is written while its
        // chunk is still open, so a run of one-line blocks is stored as one progression.
        var ends = BlockIndices()
        ends.reserveCapacity(blocks.count)
        var stack: [Int] = []
        for index in blocks.indices {
            while let top = stack.last, blocks[top].depth >= blocks[index].depth {
                ends[top] = index
                stack.removeLast()
            }
            stack.append(index)
            ends.append(blocks.count)
        }
        return ends
    }

    /// The heading a top-level block stands for, reading a one-line `#x` paragraph as one too.
    static func heading(_ block: MarkdownBlock, _ index: Int, _ source: SourceText) -> LLMSTxtHeading? {
        heading(block, index, source.bytes)
    }

    static func heading(_ block: MarkdownBlock, _ index: Int, _ bytes: [UInt8]) -> LLMSTxtHeading? {
        switch block.kind {
        case .heading(let level, let setext):
            return LLMSTxtHeading(
                block: index, level: level, style: setext ? .setext : .atx, range: block.range,
                nameRange: block.contentRange)
        case .paragraph where block.lines.count == 1:
            guard let (level, name) = unspacedHeading(bytes, block.range) else { return nil }
            return LLMSTxtHeading(block: index, level: level, style: .unspaced, range: block.range, nameRange: name)
        default:
            return nil
        }
    }

    /// `#{1,6}` directly followed by text: the level and the trimmed text.
    static func unspacedHeading(_ bytes: [UInt8], _ range: Range<Int>) -> (Int, Range<Int>)? {
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == 0x23 { index += 1 }
        let level = index - range.lowerBound
        guard level >= 1, level <= 6, index < range.upperBound, !ByteClass.isBlank(bytes[index]) else { return nil }
        var upper = range.upperBound
        while upper > index, ByteClass.isBlank(bytes[upper - 1]) { upper -= 1 }
        return (level, index..<upper)
    }

    /// The items of every section in one array, and where each section's items start in it.
    private static func items(
        _ topLevel: BlockIndices, _ sectionStarts: BlockIndices, _ markdown: MarkdownDocument, _ source: SourceText,
        _ subtreeEnd: BlockIndices
    ) -> (LLMSTxtItems, BlockIndices) {
        let blocks = markdown.blocks
        let sectionBlocks = (sectionStarts.first.map { $0 + 1 } ?? topLevel.count)..<topLevel.count
        var items = LLMSTxtItems()
        // At most one item per block inside the lists: reserved (not touched) once, so a list of
        // a million links is not copied while it grows.
        items.reserveCapacity(sectionBlocks.reduce(0) {
            let block = topLevel[$1]
            return $0 + (blocks[block].isList ? subtreeEnd[block] - block - 1 : 0)
        })
        var firstItems = BlockIndices()
        firstItems.reserveCapacity(sectionStarts.count)
        var nextSection = 0
        for position in sectionBlocks.lowerBound..<topLevel.count {
            while nextSection < sectionStarts.count, sectionStarts[nextSection] < position {
                firstItems.append(items.count)
                nextSection += 1
            }
            let list = topLevel[position]
            guard blocks[list].isList else { continue }
            let baseDepth = blocks[list].depth
            for index in (list + 1)..<subtreeEnd[list] where blocks[index].isListItem {
                guard case .listItem(let ordered, let char, _) = blocks[index].kind,
                      let parentList = blocks[index].parent,
                      parentList == list || blocks[parentList].parent.map({ blocks[$0].isListItem }) == true
                else { continue }
                let nesting = (blocks[index].depth - baseDepth - 1) / 2
                items.append(LLMSTxtItemReader.read(
                    index, ordered: ordered, char: char, nesting: nesting, markdown, source, subtreeEnd))
            }
        }
        while firstItems.count < sectionStarts.count { firstItems.append(items.count) }
        return (items, firstItems)
    }
}
