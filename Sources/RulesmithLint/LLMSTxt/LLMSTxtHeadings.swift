import RulesmithText

/// The top-level headings of an llms.txt in document order, kept as the index of each block
/// (4 bytes) and read back as `LLMSTxtHeading` on demand: a file of millions of `## ` lines held
/// 24 bytes a heading.
public struct LLMSTxtHeadings: RandomAccessCollection, Sendable {
    private let blocks: MarkdownBlocks
    private let bytes: [UInt8]
    private let headingBlocks: BlockIndices

    init(blocks: MarkdownBlocks, bytes: [UInt8], indices: BlockIndices) {
        self.blocks = blocks
        self.bytes = bytes
        headingBlocks = indices
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { headingBlocks.count }

    public var count: Int { endIndex }

    // Its own iterator and count: the standard library's generic ones look up type metadata on
    // every step in a debug build, which made a file of millions of sections four times slower.
    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the positions in order.
    public struct Iterator: IteratorProtocol {
        let base: LLMSTxtHeadings
        var position = 0

        public mutating func next() -> LLMSTxtHeading? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> LLMSTxtHeading {
        // Only blocks that read as headings were recorded.
        heading(ofBlock: headingBlocks[position])
    }

    /// The heading that block `index` (a top-level heading) stands for.
    func heading(ofBlock index: Int) -> LLMSTxtHeading {
        LLMSTxtStructure.heading(blocks[index], index, bytes)!
    }

    /// Where the heading at `position` starts, without reading it whole.
    func start(_ position: Int) -> Int { blocks[headingBlocks[position]].range.lowerBound }
}
