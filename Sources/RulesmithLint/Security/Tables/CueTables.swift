/// The cue words of `Cues` as `CueIndex` finds them: one automaton over every spelling, and per
/// keyword its kind, word edges and length. Built from the word lists by `build()` (the generator
/// and its test), decoded from `GeneratedSecurityTables.cues` at run time.
struct CueTables: Sendable, Equatable {
    let automaton: KeywordAutomaton
    /// Per keyword: its `CueIndex.Kind` and word edges, and its length in bytes.
    let entries: [KeywordEdges]
    let lengths: [Int]

    static let shared: CueTables = {
        var reader = TableReader(GeneratedSecurityTables.cues)
        return CueTables(from: &reader)
    }()

    /// The tables as the word lists give them (slow: the spelling variants of every cue).
    static func build() -> CueTables {
        let entries = CueIndex.builtEntries
        return CueTables(
            automaton: KeywordAutomaton(entries.map { Array($0.variant.text.utf8) }),
            entries: entries.map { KeywordEdges($0.kind.rawValue, $0.variant) }, lengths: entries.map { $0.variant.text.utf8.count })
    }

    private init(automaton: KeywordAutomaton, entries: [KeywordEdges], lengths: [Int]) {
        self.automaton = automaton
        self.entries = entries
        self.lengths = lengths
    }

    init(from reader: inout TableReader) {
        let automaton = KeywordAutomaton(from: &reader)
        let entries = KeywordEdges.read(from: &reader)
        self.init(automaton: automaton, entries: entries, lengths: reader.next())
    }

    func write(to writer: inout TableWriter) {
        automaton.write(to: &writer)
        KeywordEdges.write(entries, to: &writer)
        writer.append(lengths)
    }
}
