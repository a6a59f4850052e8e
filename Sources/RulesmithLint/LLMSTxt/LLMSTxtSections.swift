/// The H2 sections of an llms.txt, stored as two columns of 32-bit positions (the heading's place
/// in `topLevel`, the section's first item) and read as `LLMSTxtSection`s.
///
/// A section's blocks run from its heading to the next section's, and its items from its first
/// item to the next section's first: 8 bytes a section where a section with its own heading
/// copy and arrays cost 40, and a file of `## ` lines has a section per line.
public struct LLMSTxtSections: RandomAccessCollection, Sendable {
    private let topLevelPositions: BlockIndices
    private let firstItems: BlockIndices
    private let headings: LLMSTxtHeadings
    private let topLevel: SharedBlockIndices
    let items: LLMSTxtItems

    /// `sectionStarts` holds, per section, its heading's position in `topLevel`.
    init(
        headings: LLMSTxtHeadings, topLevel: BlockIndices, sectionStarts: BlockIndices,
        items: LLMSTxtItems, firstItems: BlockIndices
    ) {
        self.headings = headings
        self.topLevel = SharedBlockIndices(topLevel)
        topLevelPositions = sectionStarts
        self.items = items
        self.firstItems = firstItems
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { topLevelPositions.count }

    public var count: Int { endIndex }

    // Its own iterator and count: the standard library's generic ones look up type metadata on
    // every step in a debug build, which made a file of millions of sections four times slower.
    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the positions in order.
    public struct Iterator: IteratorProtocol {
        let base: LLMSTxtSections
        var position = 0

        public mutating func next() -> LLMSTxtSection? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> LLMSTxtSection {
        let blocksEnd = position + 1 < topLevelPositions.count ? topLevelPositions[position + 1] : topLevel.indices.count
        let itemsEnd = position + 1 < firstItems.count ? firstItems[position + 1] : items.count
        return LLMSTxtSection(
            heading: headings.heading(ofBlock: topLevel.indices[topLevelPositions[position]]),
            blocks: SectionBlocks(topLevel, (topLevelPositions[position] + 1)..<blocksEnd),
            items: SectionItems(items, firstItems[position]..<itemsEnd))
    }
}
