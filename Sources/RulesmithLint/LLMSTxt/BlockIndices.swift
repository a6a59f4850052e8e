import RulesmithText

/// A list of block indices (or offsets) in 4 bytes each, and a run of a chunk's length (1,024) that advance by a
/// fixed step (the blocks of a file of `## ` lines, one after another) in one record: the
/// llms.txt structure keeps a few per block, and a file of millions of one-line blocks held 8
/// bytes each per list, then 4.
public struct BlockIndices: RandomAccessCollection, Sendable {
    @usableFromInline var storage = ProgressionChunks<UInt32>()

    public init() {}

    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { storage.count }

    @inlinable
    public var count: Int { endIndex }

    // Its own iterator and count: the standard library's generic ones look up type metadata on
    // every step in a debug build, which made a file of millions of sections four times slower.
    @inlinable
    public func makeIterator() -> Iterator { Iterator(base: self) }

    /// Steps through the positions in order.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let base: BlockIndices
        @usableFromInline var position = 0

        @inlinable
        init(base: BlockIndices) {
            self.base = base
        }

        @inlinable
        public mutating func next() -> Int? {
            guard position < base.endIndex else { return nil }
            defer { position += 1 }
            return base[position]
        }
    }

    public subscript(position: Int) -> Int {
        @inlinable get { Int(storage[position]) }
        set { storage[position] = UInt32(truncatingIfNeeded: newValue) }
    }

    mutating func append(_ value: Int) {
        storage.append(UInt32(truncatingIfNeeded: value))
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }

    @inlinable
    public var last: Int? { isEmpty ? nil : self[endIndex - 1] }
}

extension BlockIndices: Hashable {
    public static func == (lhs: BlockIndices, rhs: BlockIndices) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { lhs[$0] == rhs[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for value in self { hasher.combine(value) }
    }
}
