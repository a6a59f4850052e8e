/// What a scan keeps of one keyword variant (`StemVariant`) besides its automaton entry: the
/// group it stands for (a `Concept` or a `CueIndex.Kind`) and the word edges a hit must meet.
struct KeywordEdges: Sendable, Equatable {
    let group: UInt8
    let startsWord: Bool
    let endsWord: Bool

    init(group: UInt8, startsWord: Bool, endsWord: Bool) {
        self.group = group
        self.startsWord = startsWord
        self.endsWord = endsWord
    }

    init(_ group: UInt8, _ variant: StemVariant) {
        self.init(group: group, startsWord: variant.startsWord, endsWord: variant.endsWord)
    }

    /// Whether a hit at `start..<end` meets the word edges (any script).
    @inline(__always)
    func hold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if startsWord, ScriptClass.wordBefore(bytes, start) { return false }
        if endsWord, ScriptClass.wordAt(bytes, end) { return false }
        return true
    }

    static func encode(_ edges: [KeywordEdges], into writer: inout TableWriter) {
        writer.append(edges.map { Int($0.group) | ($0.startsWord ? 1 << 8 : 0) | ($0.endsWord ? 1 << 9 : 0) })
    }

    static func read(from reader: inout TableReader) -> [KeywordEdges] {
        let packed: [UInt16] = reader.next()
        return packed.map { KeywordEdges(group: UInt8(truncatingIfNeeded: $0), startsWord: $0 & 1 << 8 != 0, endsWord: $0 & 1 << 9 != 0) }
    }
}
