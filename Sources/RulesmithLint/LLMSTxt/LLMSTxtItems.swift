import RulesmithText

/// Every section item of an llms.txt in document order (`LLMSTxtSections`), in chunks: a run of
/// items of short lines (millions of `- a` lines) in a few bytes each, items of ordinary links
/// whole (76 bytes) and as fast to read as an array.
public struct LLMSTxtItems: RandomAccessCollection, Sendable {
    var storage = ProgressionChunks<LLMSTxtItem>()

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    // Its own iterator and count: the standard library's generic ones look up type metadata on
    // every step in a debug build.
    public var count: Int { endIndex }

    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the items in order.
    public struct Iterator: IteratorProtocol {
        let base: LLMSTxtItems
        var position = 0

        public mutating func next() -> LLMSTxtItem? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> LLMSTxtItem { storage[position] }

    mutating func append(_ item: LLMSTxtItem) {
        storage.append(item)
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
