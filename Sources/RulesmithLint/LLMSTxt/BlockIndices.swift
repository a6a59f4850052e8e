/// A list of block indices (or offsets) in 4 bytes each: the llms.txt structure keeps a few per
/// block, and a file of millions of one-line blocks held 8 bytes each per list.
public struct BlockIndices: RandomAccessCollection, Sendable, Hashable {
    private var storage: [UInt32]

    public init() {
        storage = []
    }

    init(repeating value: Int, count: Int) {
        storage = [UInt32](repeating: UInt32(truncatingIfNeeded: value), count: count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> Int {
        get { Int(storage[position]) }
        set { storage[position] = UInt32(truncatingIfNeeded: newValue) }
    }

    mutating func append(_ value: Int) {
        storage.append(UInt32(truncatingIfNeeded: value))
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
