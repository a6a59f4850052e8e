/// The list items of one section: a window onto the structure's one array of items, indexed
/// from 0, so no section holds an array of its own.
public struct SectionItems: RandomAccessCollection, Sendable {
    private let items: LLMSTxtItems
    private let start: Int
    public let endIndex: Int

    init(_ items: LLMSTxtItems, _ positions: Range<Int>) {
        self.items = items
        start = positions.lowerBound
        endIndex = positions.count
    }

    public var startIndex: Int { 0 }

    public var count: Int { endIndex }

    // Its own iterator and count: the standard library's generic ones look up type metadata on
    // every step in a debug build, which made a file of millions of sections four times slower.
    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the positions in order.
    public struct Iterator: IteratorProtocol {
        let base: SectionItems
        var position = 0

        public mutating func next() -> LLMSTxtItem? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> LLMSTxtItem { items[start + position] }
}
