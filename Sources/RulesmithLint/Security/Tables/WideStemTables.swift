/// The intent stems outside ASCII (`IntentKeywords.wide`) and the automaton of their anchors, read
/// only for lines that hold a byte ≥ 0x80. Built from the word lists by `build()` (the generator
/// and its test), decoded from `GeneratedSecurityTables.wide` at run time.
struct WideStemTables: Sendable, Equatable {
    /// Per stem: its concept and word edges, and its UTF-8 (`bytes[byteStart[i]..<byteStart[i + 1]]`).
    let stems: [KeywordEdges]
    let bytes: [UInt8]
    let byteStart: [Int]
    /// Per anchor: its length and its stems (`anchorStems[anchorStemStart[a]..<anchorStemStart[a + 1]]`).
    let anchorLengths: [Int]
    let anchorStemStart: [Int]
    let anchorStems: [Int]
    let automaton: KeywordAutomaton

    static let shared: WideStemTables = {
        var reader = TableReader(GeneratedSecurityTables.wide)
        return WideStemTables(from: &reader)
    }()

    /// The tables as the word lists give them (slow: case and accent variants of every stem).
    static func build() -> WideStemTables {
        let wide = IntentKeywords.wide
        let stemBytes = wide.map { Array($0.variant.text.utf8) }
        let groups = AnchorGroups.group(stemBytes, length: IntentKeywords.wideAnchorLength)
        return WideStemTables(
            stems: wide.map { KeywordEdges($0.concept.rawValue, $0.variant) }, bytes: stemBytes.flatMap { $0 },
            byteStart: AnchorGroups.starts(stemBytes.map(\.count)), anchorLengths: groups.anchors.map(\.count),
            anchorStemStart: AnchorGroups.starts(groups.stems.map(\.count)), anchorStems: groups.stems.flatMap { $0 },
            automaton: KeywordAutomaton(groups.anchors, foldingHighBytes: true))
    }

    private init(
        stems: [KeywordEdges], bytes: [UInt8], byteStart: [Int], anchorLengths: [Int], anchorStemStart: [Int], anchorStems: [Int],
        automaton: KeywordAutomaton
    ) {
        self.stems = stems
        self.bytes = bytes
        self.byteStart = byteStart
        self.anchorLengths = anchorLengths
        self.anchorStemStart = anchorStemStart
        self.anchorStems = anchorStems
        self.automaton = automaton
    }

    init(from reader: inout TableReader) {
        let stems = KeywordEdges.read(from: &reader)
        let bytes: [UInt8] = reader.next()
        let byteStart: [Int] = reader.next()
        let anchorLengths: [Int] = reader.next()
        let anchorStemStart: [Int] = reader.next()
        let anchorStems: [Int] = reader.next()
        self.init(
            stems: stems, bytes: bytes, byteStart: byteStart, anchorLengths: anchorLengths, anchorStemStart: anchorStemStart,
            anchorStems: anchorStems, automaton: KeywordAutomaton(from: &reader))
    }

    func encode(into writer: inout TableWriter) {
        KeywordEdges.encode(stems, into: &writer)
        writer.append(bytes)
        writer.append(byteStart)
        writer.append(anchorLengths)
        writer.append(anchorStemStart)
        writer.append(anchorStems)
        automaton.encode(into: &writer)
    }
}
