/// Byte offsets where lines start, 4 bytes each (texts stay under 4 GiB,
/// `SourceText.maximumByteCount`): a file of millions of short lines held 8 bytes a line.
public struct LineStarts: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    @usableFromInline var storage: [UInt32]

    public init() {
        storage = []
    }

    public init(arrayLiteral offsets: Int...) {
        storage = offsets.map { UInt32(truncatingIfNeeded: $0) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    // Not the standard library's generic count, which looks up type metadata in a debug build.
    public var count: Int { endIndex }

    @inlinable
    public subscript(position: Int) -> Int { Int(storage[position]) }

    public mutating func append(_ offset: Int) {
        storage.append(UInt32(truncatingIfNeeded: offset))
    }

    public mutating func removeLast() {
        storage.removeLast()
    }

    public mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
