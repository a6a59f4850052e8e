/// How each physical line was read (`MarkdownDocument.lines`), in chunks that keep a run of lines
/// read alike (a file of `## ` lines: each its own heading, content a fixed distance on) as one
/// record, and other lines at 13 bytes each.
public struct MarkdownLines: RandomAccessCollection, Sendable {
    @usableFromInline var storage = ProgressionChunks<MarkdownLine>()

    init() {}

    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { storage.count }

    // Not the standard library's generic count, which looks up type metadata in a debug build.
    @inlinable
    public var count: Int { endIndex }

    @inlinable
    public subscript(position: Int) -> MarkdownLine { storage[position] }

    mutating func append(_ line: MarkdownLine) {
        storage.append(line)
    }

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }
}
