/// The blocks of a Markdown document in document order (`MarkdownDocument.blocks`), in chunks
/// that keep a run of blocks advancing alike (millions of one-line `## ` headings) as one record
/// and other blocks at 36 bytes each.
public struct MarkdownBlocks: RandomAccessCollection, Sendable {
    private var storage = ProgressionChunks<MarkdownBlock>()

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    // Not the standard library's generic count and iterator, which look up type metadata on
    // every step in a debug build.
    public var count: Int { endIndex }

    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the blocks in order.
    public struct Iterator: IteratorProtocol {
        let base: MarkdownBlocks
        var position = 0

        public mutating func next() -> MarkdownBlock? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public internal(set) subscript(position: Int) -> MarkdownBlock {
        get { storage[position] }
        set { storage[position] = newValue }
    }

    /// The last block, nil when there is none.
    public var last: MarkdownBlock? { isEmpty ? nil : self[endIndex - 1] }

    mutating func append(_ block: MarkdownBlock) {
        storage.append(block)
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
