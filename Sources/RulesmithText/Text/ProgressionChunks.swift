/// A value that can be stored as a progression: the step to the next one, and the value a number
/// of equal steps on (fieldwise, wrapping). nil when the two cannot be on one progression.
///
/// It is also read as a row of 32-bit lanes (its fields), so a chunk of values that are close
/// to a progression without being one is kept as small per-lane residuals (`NarrowLanes`).
public protocol Progressing {
    associatedtype Step: Equatable
    func step(to next: Self) -> Step?
    func advanced(by step: Step, times: Int) -> Self

    /// How many 32-bit lanes a value has (at most `NarrowLanes.maximumLaneCount`).
    static var laneCount: Int { get }
    /// Writes the value's lanes to `lanes[0..<laneCount]`; lanes that usually move together
    /// (a range's bounds) are best next to each other, the later one read against the earlier.
    func writeLanes(to lanes: UnsafeMutablePointer<UInt32>)
    /// The value whose lanes `writeLanes` wrote.
    init(lanes: UnsafePointer<UInt32>)
    /// Whether a chunk from `first` to `last` covers few enough bytes of text per element that
    /// keeping its elements whole would cost more than the text: then it is stored narrow
    /// (slower to read), else whole (as fast as an array). Values that cover no text say true.
    static func isDense(from first: Self, to last: Self, count: Int) -> Bool
}

/// An append-mostly list stored in chunks of 1,024 elements (`NarrowLanes.perChunk`; 256 cost a
/// quarter more a line in chunk and lane records): a chunk whose elements advance by
/// one fixed step (offsets of equal lines, indices one after another, a constant) is kept as its
/// first element and the step; a dense chunk (many elements for the bytes of text they cover)
/// that is not is kept as narrow per-lane residuals (`NarrowLanes`: a byte or two per field);
/// any other as the elements themselves. Per-line structure of a file of millions of short lines
/// so costs a few bytes per line, regular or not, and files of long lines keep their elements
/// whole and are read as fast as an array.
///
/// The last two chunks are open and plain; the older is sealed when a third begins, so elements
/// written up to a chunk's length after they are appended (a block's end, a list item closed by
/// the next item, its paragraph across a chunk's border) are written before their chunk is
/// judged: an open block's placeholder end would otherwise widen its chunk's residuals.
/// Writing into a sealed progression turns that chunk into plain elements; a narrow one is
/// encoded again, a few times at most (`rewriteLimit`), then made plain.
public struct ProgressionChunks<Element: Progressing>: Sendable where Element: Sendable, Element.Step: Sendable {
    @inlinable static var shift: Int { NarrowLanes.shift }
    @inlinable static var chunkSize: Int { 1 << shift }

    /// One sealed chunk: its elements at `plain[offset...]`; (`offset == -1`) `first` advanced
    /// by `step` per element; or (`offset <= -2`) narrow, its lanes at `narrow` record `-2 - offset`.
    @usableFromInline
    struct Chunk: Sendable {
        @usableFromInline var offset: Int
        @usableFromInline var first: Element
        @usableFromInline var step: Element.Step?
        /// Times a narrow chunk was stored again after a write; past a few it is made plain.
        @usableFromInline var rewrites: UInt8 = 0

        @inlinable
        init(offset: Int, first: Element, step: Element.Step?) {
            self.offset = offset
            self.first = first
            self.step = step
        }
    }

    /// The chunks behind one reference, so a copy of the list (every section read copies a
    /// few) costs one reference count, not one per array. Written only when uniquely
    /// referenced (copy on write), hence unchecked: a shared storage is never mutated.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Unchecked exclusivity: the class is private to the list, which checks uniqueness before
        // writing; a dynamic check on every read of a lookup cost more than the lookup.
        @exclusivity(unchecked) @usableFromInline var plain: [Element] = []
        @exclusivity(unchecked) @usableFromInline var chunks: [Chunk] = []
        @exclusivity(unchecked) @usableFromInline var tail: [Element] = []
        @exclusivity(unchecked) @usableFromInline var narrow = NarrowLanes()

        @inlinable
        init() {}

        @inlinable
        func copy() -> Storage {
            let copy = Storage()
            copy.plain = plain
            copy.chunks = chunks
            copy.tail = tail
            copy.narrow = narrow
            return copy
        }
    }

    @usableFromInline var storage = Storage()

    @inlinable
    public init() {}

    @inlinable
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    @inlinable var plain: [Element] { storage.plain }
    @inlinable var chunks: [Chunk] { storage.chunks }
    @inlinable var tail: [Element] { storage.tail }
    @inlinable var narrow: NarrowLanes { storage.narrow }

    @inlinable
    public var count: Int { storage.chunks.count << Self.shift + storage.tail.count }

    /// Bytes the elements take (plain ones, chunk records, narrow lanes and residuals, the
    /// open chunks), not counting spare capacity: what a test bounds per line.
    package var storedBytes: Int {
        let storage = storage
        return (storage.plain.count + storage.tail.count) * MemoryLayout<Element>.stride
            + storage.chunks.count * MemoryLayout<Chunk>.stride
            + storage.narrow.lanes.count * MemoryLayout<NarrowLanes.Lane>.stride + storage.narrow.residuals.count
    }

    @inlinable
    public subscript(position: Int) -> Element {
        get {
            let chunk = position >> Self.shift
            let inner = position & (Self.chunkSize - 1)
            let storage = storage
            if chunk >= storage.chunks.count { return storage.tail[position - storage.chunks.count << Self.shift] }
            let sealed = storage.chunks[chunk]
            if sealed.offset >= 0 { return storage.plain[sealed.offset + inner] }
            if sealed.offset == -1 { return sealed.first.advanced(by: sealed.step!, times: inner) }
            return narrowElement(-2 - sealed.offset, inner)
        }
        set {
            makeUnique()
            let chunk = position >> Self.shift
            let inner = position & (Self.chunkSize - 1)
            if chunk >= storage.chunks.count {
                storage.tail[position - storage.chunks.count << Self.shift] = newValue
                return
            }
            let offset = storage.chunks[chunk].offset
            if offset <= -2, storage.chunks[chunk].rewrites < Self.rewriteLimit {
                rewrite(chunk, inner, newValue)
                return
            }
            if offset < 0 { unpack(chunk) }
            storage.plain[storage.chunks[chunk].offset + inner] = newValue
        }
    }

    @inlinable
    func narrowElement(_ record: Int, _ inner: Int) -> Element {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: NarrowLanes.maximumLaneCount) { row in
            storage.narrow.read(record, Element.laneCount, inner, into: row.baseAddress!)
            return Element(lanes: row.baseAddress!)
        }
    }

    @inlinable
    public mutating func append(_ element: Element) {
        makeUnique()
        if storage.tail.count == 2 * Self.chunkSize { seal() }
        storage.tail.append(element)
    }

    /// The last element, reopening the chunk before when the open one is empty.
    public mutating func removeLast() {
        makeUnique()
        if storage.tail.isEmpty, let last = storage.chunks.last {
            storage.tail = (0..<Self.chunkSize).map { element(of: last, $0) }
            storage.chunks.removeLast()
            if last.offset >= 0, last.offset + Self.chunkSize == storage.plain.count {
                storage.plain.removeLast(Self.chunkSize)
            }
        }
        storage.tail.removeLast()
    }

    /// Room for `count` elements stored plainly (reserved, not touched: pages are faulted in
    /// only when written), so a file whose chunks are all plain never copies them as they grow.
    /// The open chunks get no more room than `count`: a list of a few elements kept two full
    /// chunks (18 KB of Markdown blocks) per document, 60 MB over 2,000 documents alive at once.
    public mutating func reserveCapacity(_ count: Int) {
        makeUnique()
        storage.plain.reserveCapacity(count)
        storage.chunks.reserveCapacity(count >> Self.shift + 1)
        storage.tail.reserveCapacity(Swift.min(count, 2 * Self.chunkSize))
    }

    // Inlinable (as `unpack`) so a client module's `append` seals with code specialised for its
    // element: unspecialised, each of a chunk's steps compared went through witness tables.
    @inlinable
    mutating func seal() {
        let storage = storage
        sealTail(storage.tail[..<Self.chunkSize], into: storage)
        storage.tail.removeFirst(Self.chunkSize)
    }

    // A function of its own, so its copy of the open chunk is gone before the chunk is emptied
    // (and keeps its buffer).
    @inlinable
    func sealTail(_ tail: ArraySlice<Element>, into storage: Storage) {
        let first = tail[0]
        let step = first.step(to: tail[1])
        var steady = step != nil
        if let step {
            var index = 2
            while steady, index < tail.count {
                steady = tail[index - 1].step(to: tail[index]) == step
                index += 1
            }
        }
        if steady {
            storage.chunks.append(Chunk(offset: -1, first: first, step: step))
        } else if Element.isDense(from: first, to: tail[tail.count - 1], count: tail.count) {
            let record = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Element.laneCount * Self.chunkSize) { rows in
                for index in 0..<tail.count {
                    tail[index].writeLanes(to: rows.baseAddress! + index * Element.laneCount)
                }
                return storage.narrow.append(UnsafePointer(rows.baseAddress!), laneCount: Element.laneCount)
            }
            storage.chunks.append(Chunk(offset: -2 - record, first: first, step: nil))
        } else {
            storage.chunks.append(Chunk(offset: storage.plain.count, first: first, step: nil))
            storage.plain.append(contentsOf: tail)
        }
    }

    /// Writes a narrow chunk may take re-encoded before it is made plain: a chunk's blocks are
    /// written a few times after it is sealed (a list item closed by the next line, its
    /// paragraph across the border; a container's end), while a chunk written many times
    /// (thousands of nested containers closing) would be re-encoded for each.
    @inlinable static var rewriteLimit: UInt8 { 4 }

    @inlinable
    mutating func rewrite(_ chunk: Int, _ inner: Int, _ element: Element) {
        let storage = storage
        let sealed = storage.chunks[chunk]
        let laneCount = Element.laneCount
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: laneCount * Self.chunkSize) { rows in
            for index in 0..<Self.chunkSize {
                (index == inner ? element : self.element(of: sealed, index)).writeLanes(to: rows.baseAddress! + index * laneCount)
            }
            storage.narrow.replace(-2 - sealed.offset, UnsafePointer(rows.baseAddress!), laneCount: laneCount)
        }
        storage.chunks[chunk].rewrites += 1
    }

    @inlinable
    mutating func unpack(_ chunk: Int) {
        let sealed = storage.chunks[chunk]
        let elements = (0..<Self.chunkSize).map { element(of: sealed, $0) }
        storage.chunks[chunk].offset = storage.plain.count
        storage.plain.append(contentsOf: elements)
    }

    @inlinable
    func element(of chunk: Chunk, _ inner: Int) -> Element {
        if chunk.offset >= 0 { return storage.plain[chunk.offset + inner] }
        if chunk.offset == -1 { return chunk.first.advanced(by: chunk.step!, times: inner) }
        return narrowElement(-2 - chunk.offset, inner)
    }
}

extension UInt32: Progressing {
    public func step(to next: UInt32) -> UInt32? { next &- self }

    @inlinable
    public func advanced(by step: UInt32, times: Int) -> UInt32 { self &+ step &* UInt32(truncatingIfNeeded: times) }

    @inlinable
    public static var laneCount: Int { 1 }

    @inlinable
    public func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) { lanes[0] = self }

    @inlinable
    public init(lanes: UnsafePointer<UInt32>) { self = lanes[0] }

    /// Offsets and indices are read in binary searches and loops alike; narrow costs a byte
    /// where plain costs four, and reads nearly as fast.
    public static func isDense(from first: UInt32, to last: UInt32, count: Int) -> Bool { true }
}
