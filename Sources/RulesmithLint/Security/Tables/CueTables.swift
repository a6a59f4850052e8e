/// The cue words of `Cues` as `CueIndex` finds them: per keyword its kind, word edges and length,
/// and the automaton of the spellings in ASCII. The other spellings have an automaton of their own
/// (`Wide`), which only a text holding a byte ≥ 0x80 needs: one automaton over all of them had
/// four times the rows of the ASCII one, and a process filled them all before its first cue.
/// Built from the word lists by `build()` (the generator and its test), decoded from
/// `GeneratedSecurityTables.cues` and `.wideCues` at run time.
struct CueTables: Sendable, Equatable {
    /// The cues spelled outside ASCII: their automaton folds the bytes ≥ 0x80 (a hit is checked
    /// against `bytes`), and per keyword its index in `CueTables.entries` and its UTF-8
    /// (`bytes[start[i]..<start[i + 1]]`).
    struct Wide: Sendable, Equatable {
        let automaton: KeywordAutomaton
        let keywords: [Int]
        let bytes: [UInt8]
        let start: [Int]

        static let shared: Wide = {
            var reader = TableReader(GeneratedSecurityTables.wideCues)
            return Wide(from: &reader)
        }()

        static func build() -> Wide {
            let texts = CueIndex.builtEntries.map { Array($0.variant.text.utf8) }
            let keywords = texts.indices.filter { !texts[$0].allSatisfy { $0 < 0x80 } }
            return Wide(
                automaton: KeywordAutomaton(keywords.map { texts[$0] }, foldingHighBytes: true), keywords: keywords,
                bytes: keywords.flatMap { texts[$0] }, start: AnchorGroups.starts(keywords.map { texts[$0].count }))
        }

        private init(automaton: KeywordAutomaton, keywords: [Int], bytes: [UInt8], start: [Int]) {
            self.automaton = automaton
            self.keywords = keywords
            self.bytes = bytes
            self.start = start
        }

        init(from reader: inout TableReader) {
            let automaton = KeywordAutomaton(from: &reader)
            let keywords: [Int] = reader.next()
            let bytes: [UInt8] = reader.next()
            self.init(automaton: automaton, keywords: keywords, bytes: bytes, start: reader.next())
        }

        func encode(into writer: inout TableWriter) {
            automaton.encode(into: &writer)
            writer.append(keywords)
            writer.append(bytes)
            writer.append(start)
        }
    }

    /// Per keyword: its `CueIndex.Kind` and word edges, and its length in bytes.
    let entries: [KeywordEdges]
    let lengths: [Int]
    let ascii: KeywordAutomaton
    /// Per keyword of `ascii`, its index in `entries`.
    let asciiKeywords: [Int]

    static let shared: CueTables = {
        var reader = TableReader(GeneratedSecurityTables.cues)
        return CueTables(from: &reader)
    }()

    /// The tables as the word lists give them (slow: the spelling variants of every cue).
    static func build() -> CueTables {
        let entries = CueIndex.builtEntries
        let texts = entries.map { Array($0.variant.text.utf8) }
        let asciiKeywords = texts.indices.filter { texts[$0].allSatisfy { $0 < 0x80 } }
        return CueTables(
            entries: entries.map { KeywordEdges($0.kind.rawValue, $0.variant) }, lengths: texts.map(\.count),
            ascii: KeywordAutomaton(asciiKeywords.map { texts[$0] }), asciiKeywords: asciiKeywords)
    }

    private init(entries: [KeywordEdges], lengths: [Int], ascii: KeywordAutomaton, asciiKeywords: [Int]) {
        self.entries = entries
        self.lengths = lengths
        self.ascii = ascii
        self.asciiKeywords = asciiKeywords
    }

    init(from reader: inout TableReader) {
        let entries = KeywordEdges.read(from: &reader)
        let lengths: [Int] = reader.next()
        let ascii = KeywordAutomaton(from: &reader)
        self.init(entries: entries, lengths: lengths, ascii: ascii, asciiKeywords: reader.next())
    }

    func encode(into writer: inout TableWriter) {
        KeywordEdges.encode(entries, into: &writer)
        writer.append(lengths)
        ascii.encode(into: &writer)
        writer.append(asciiKeywords)
    }
}
