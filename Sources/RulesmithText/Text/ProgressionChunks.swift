/// A value that can be stored as a progression: the step to the next one, and the value a number
/// of equal steps on (fieldwise, wrapping). nil when the two cannot be on one progression.
public protocol Progressing {
    associatedtype Step: Equatable
    func step(to next: Self) -> Step?
    func advanced(by step: Step, times: Int) -> Self
}

/// An append-mostly list stored in chunks of 256 elements: a chunk whose elements advance by
/// one fixed step (offsets of equal lines, indices one after another, a constant) is kept as its
/// first element and the step, any other as the elements themselves. Per-line structure of a
/// file whose lines repeat (millions of `## ` lines) so costs a few bytes per chunk where it
/// cost its elements' size per line, and other files pay a record per 256 elements.
///
/// The last, open chunk is plain; it is sealed when the next element is appended, so elements
/// written shortly after they are appended (a block's end line) are written before it is judged.
/// Writing into a sealed progression turns that chunk into plain elements.
public struct ProgressionChunks<Element: Progressing>: Sendable where Element: Sendable, Element.Step: Sendable {
    @inlinable static var shift: Int { 8 }
    @inlinable static var chunkSize: Int { 1 << shift }

    /// One sealed chunk: its elements at `plain[offset...]`, or (`offset < 0`) `first`
    /// advanced by `step` per element.
    @usableFromInline
    struct Chunk: Sendable {
        @usableFromInline var offset: Int
        @usableFromInline var first: Element
        @usableFromInline var step: Element.Step?

        @inlinable
        init(offset: Int, first: Element, step: Element.Step?) {
            self.offset = offset
            self.first = first
            self.step = step
        }
    }

    @usableFromInline var plain: [Element] = []
    @usableFromInline var chunks: [Chunk] = []
    @usableFromInline var tail: [Element] = []

    @inlinable
    public init() {}

    @inlinable
    public var count: Int { chunks.count << Self.shift + tail.count }

    @inlinable
    public subscript(position: Int) -> Element {
        get {
            let chunk = position >> Self.shift
            let inner = position & (Self.chunkSize - 1)
            if chunk == chunks.count { return tail[inner] }
            let sealed = chunks[chunk]
            if sealed.offset >= 0 { return plain[sealed.offset + inner] }
            return sealed.first.advanced(by: sealed.step!, times: inner)
        }
        set {
            let chunk = position >> Self.shift
            let inner = position & (Self.chunkSize - 1)
            if chunk == chunks.count {
                tail[inner] = newValue
                return
            }
            if chunks[chunk].offset < 0 { unpack(chunk) }
            plain[chunks[chunk].offset + inner] = newValue
        }
    }

    @inlinable
    public mutating func append(_ element: Element) {
        if tail.count == Self.chunkSize { seal() }
        tail.append(element)
    }

    /// The last element, reopening the chunk before when the open one is empty.
    public mutating func removeLast() {
        if tail.isEmpty, let last = chunks.popLast() {
            tail = (0..<Self.chunkSize).map { element(of: last, $0) }
            if last.offset >= 0, last.offset + Self.chunkSize == plain.count {
                plain.removeLast(Self.chunkSize)
            }
        }
        tail.removeLast()
    }

    /// Room for `count` elements stored plainly (reserved, not touched: pages are faulted in
    /// only when written), so a file whose chunks are all plain never copies them as they grow.
    public mutating func reserveCapacity(_ count: Int) {
        plain.reserveCapacity(count)
        chunks.reserveCapacity(count >> Self.shift + 1)
        tail.reserveCapacity(Self.chunkSize)
    }

    // Inlinable (as `unpack`) so a client module's `append` seals with code specialised for its
    // element: unspecialised, each of the 256 steps compared went through witness tables.
    @inlinable
    mutating func seal() {
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
            chunks.append(Chunk(offset: -1, first: first, step: step))
        } else {
            chunks.append(Chunk(offset: plain.count, first: first, step: nil))
            plain.append(contentsOf: tail)
        }
        tail.removeAll(keepingCapacity: true)
    }

    @inlinable
    mutating func unpack(_ chunk: Int) {
        let sealed = chunks[chunk]
        chunks[chunk].offset = plain.count
        plain.append(contentsOf: (0..<Self.chunkSize).lazy.map { sealed.first.advanced(by: sealed.step!, times: $0) })
    }

    private func element(of chunk: Chunk, _ inner: Int) -> Element {
        chunk.offset >= 0 ? plain[chunk.offset + inner] : chunk.first.advanced(by: chunk.step!, times: inner)
    }
}

extension UInt32: Progressing {
    public func step(to next: UInt32) -> UInt32? { next &- self }

    @inlinable
    public func advanced(by step: UInt32, times: Int) -> UInt32 { self &+ step &* UInt32(truncatingIfNeeded: times) }
}
