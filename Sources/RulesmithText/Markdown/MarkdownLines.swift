/// How each physical line was read (`MarkdownDocument.lines`), kept as four columns: 13 bytes a
/// line where an array of `MarkdownLine` took 16 (a file of `## ` lines has millions).
public struct MarkdownLines: RandomAccessCollection, Sendable {
    private var leaves: [UInt32] = []
    private var containers: [UInt32] = []
    private var contentStarts: [UInt32] = []
    private var flags: [UInt8] = []

    init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { flags.count }

    // Not the standard library's generic count, which looks up type metadata in a debug build.
    public var count: Int { endIndex }

    public subscript(position: Int) -> MarkdownLine {
        MarkdownLine(
            storedLeaf: leaves[position], storedContainer: containers[position],
            storedContentStart: contentStarts[position], flags: flags[position])
    }

    mutating func append(_ line: MarkdownLine) {
        leaves.append(line.storedLeaf)
        containers.append(line.storedContainer)
        contentStarts.append(line.storedContentStart)
        flags.append(line.flags)
    }

    mutating func reserveCapacity(_ count: Int) {
        leaves.reserveCapacity(count)
        containers.reserveCapacity(count)
        contentStarts.reserveCapacity(count)
        flags.reserveCapacity(count)
    }
}
