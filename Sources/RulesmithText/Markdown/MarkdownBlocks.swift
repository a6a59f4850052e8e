/// The blocks of a Markdown document in document order (`MarkdownDocument.blocks`), in chunks
/// that keep a run of blocks advancing alike (millions of one-line `## ` headings) as one record
/// and other blocks at 36 bytes each.
public struct MarkdownBlocks: RandomAccessCollection, Sendable {
    // Inlinable down to the storage, so a rule's lookup in another module is a few loads rather
    // than a call per block.
    @usableFromInline var storage = ProgressionChunks<MarkdownBlock>()

    init() {}

    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { storage.count }

    // Not the standard library's generic count and iterator, which look up type metadata on
    // every step in a debug build.
    @inlinable
    public var count: Int { endIndex }

    @inlinable
    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the blocks in order.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let base: MarkdownBlocks
        @usableFromInline var position = 0

        @inlinable
        init(base: MarkdownBlocks) {
            self.base = base
        }

        @inlinable
        public mutating func next() -> MarkdownBlock? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public internal(set) subscript(position: Int) -> MarkdownBlock {
        @inlinable get { storage[position] }
        set { storage[position] = newValue }
    }

    /// The last block, nil when there is none.
    @inlinable
    public var last: MarkdownBlock? { isEmpty ? nil : self[endIndex - 1] }

    mutating func append(_ block: MarkdownBlock) {
        storage.append(block)
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
