/// The top-level blocks of one section: a window onto `LLMSTxtStructure.topLevel`, indexed
/// from 0, so no section holds a list of its own.
public struct SectionBlocks: RandomAccessCollection, Sendable {
    // One reference for the whole list: `BlockIndices` is three arrays, and a section is made for
    // every read, so a copy cost three reference counts, contended across the rule threads (a
    // file of `## ` lines took twice the CPU).
    private let topLevel: SharedBlockIndices
    private let start: Int
    public let endIndex: Int

    init(_ topLevel: SharedBlockIndices, _ positions: Range<Int>) {
        self.topLevel = topLevel
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
        let base: SectionBlocks
        var position = 0

        public mutating func next() -> Int? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> Int { topLevel.indices[start + position] }
}

/// The top-level block positions of an llms.txt behind one reference, shared by its sections.
final class SharedBlockIndices: Sendable {
    let indices: BlockIndices

    init(_ indices: BlockIndices) { self.indices = indices }
}
