/// Byte offsets where lines start, 4 bytes each (texts stay under 4 GiB,
/// `SourceText.maximumByteCount`), and a run of 1,024 lines of one length in one record: a file of
/// millions of short lines held 8 bytes a line, then 4.
public struct LineStarts: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    @usableFromInline var storage = ProgressionChunks<UInt32>()

    public init() {}

    public init(arrayLiteral offsets: Int...) {
        for offset in offsets { append(offset) }
    }

    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { storage.count }

    // Not the standard library's generic count, which looks up type metadata in a debug build.
    @inlinable
    public var count: Int { endIndex }

    @inlinable
    public subscript(position: Int) -> Int { Int(storage[position]) }

    public var last: Int? { isEmpty ? nil : self[endIndex - 1] }

    public mutating func append(_ offset: Int) {
        storage.append(UInt32(truncatingIfNeeded: offset))
    }

    public mutating func removeLast() {
        storage.removeLast()
    }

    public mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }

    public static func == (lhs: LineStarts, rhs: LineStarts) -> Bool {
        lhs.count == rhs.count && lhs.indices.allSatisfy { lhs[$0] == rhs[$0] }
    }
}
