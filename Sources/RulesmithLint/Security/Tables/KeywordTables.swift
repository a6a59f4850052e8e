/// The tables every security scan reads: the heuristics' keyword automaton (intent anchors, rot13
/// words and the fixed keywords of `Keywords`) and the ASCII intent stems behind each anchor.
/// They are built from the word lists by `build()` (the generator and its test) and decoded from
/// `GeneratedSecurityTables.keywords` at run time.
struct KeywordTables: Sendable, Equatable {
    /// An ASCII stem of qualifiers of time ("previous*"), whole word or open at its end.
    struct Qualifier: Sendable, Equatable {
        let text: String
        let open: Bool
    }

    let automaton: KeywordAutomaton
    /// How many keywords of the automaton are intent anchors (first) and rot13 words (next).
    let conceptAnchors: Int
    let rot13Words: Int
    /// Per ASCII stem (`IntentKeywords.ascii`): its concept and word edges.
    let stems: [KeywordEdges]
    /// Each stem's folded bytes past its anchor, in one buffer (`tails[tailStart[i]..<tailStart[i + 1]]`).
    let tails: [UInt8]
    let tailStart: [Int]
    /// Per anchor, its stems (`anchorStems[anchorStemStart[a]..<anchorStemStart[a + 1]]`) and its length.
    let anchorStemStart: [Int]
    let anchorStems: [Int]
    let anchorLengths: [Int]
    /// Per anchor, the concepts its stems stand for (one bit each).
    let anchorMasks: [UInt64]
    let qualifiers: [Qualifier]

    /// Decodes the tables every scan reads (and what `Keywords` derives from them) now: called
    /// before the documents of a run are spread over threads, so that no worker waits for another
    /// to decode them.
    static func prepare() {
        _ = (Keywords.families.count, Keywords.lengths.count, Keywords.exactSpelling.count)
    }

    static let shared: KeywordTables = {
        var reader = TableReader(GeneratedSecurityTables.keywords)
        return KeywordTables(from: &reader)
    }()

    /// The tables as the word lists give them (slow: string work over every stem).
    static func build() -> KeywordTables {
        let ascii = IntentKeywords.ascii
        let tails = ascii.map { $0.variant.text.utf8.dropFirst(IntentKeywords.anchorLength).map(KeywordAutomaton.fold) }
        let qualifiers: [Qualifier] = Lexicon.stems.compactMap { stem in
            guard stem.concept == .priorQualifier, !stem.text.contains(" "), !stem.text.hasPrefix("*") else { return nil }
            let open = stem.text.hasSuffix("*")
            let text = open ? String(stem.text.dropLast()) : stem.text
            guard text.allSatisfy(\.isASCII) else { return nil }
            return Qualifier(text: text, open: open)
        }
        return KeywordTables(
            automaton: Keywords.builtAutomaton, conceptAnchors: IntentKeywords.anchors.texts.count, rot13Words: Rot13.anchors.count,
            stems: ascii.map { KeywordEdges($0.concept.rawValue, $0.variant) }, tails: tails.flatMap { $0 },
            tailStart: AnchorGroups.starts(tails.map(\.count)),
            anchorStemStart: AnchorGroups.starts(IntentKeywords.anchors.stems.map(\.count)), anchorStems: IntentKeywords.anchors.stems.flatMap { $0 },
            anchorLengths: IntentKeywords.anchors.texts.map(\.utf8.count), qualifiers: qualifiers)
    }

    private init(
        automaton: KeywordAutomaton, conceptAnchors: Int, rot13Words: Int, stems: [KeywordEdges], tails: [UInt8], tailStart: [Int],
        anchorStemStart: [Int], anchorStems: [Int], anchorLengths: [Int], qualifiers: [Qualifier]
    ) {
        self.automaton = automaton
        self.conceptAnchors = conceptAnchors
        self.rot13Words = rot13Words
        self.stems = stems
        self.tails = tails
        self.tailStart = tailStart
        self.anchorStemStart = anchorStemStart
        self.anchorStems = anchorStems
        self.anchorLengths = anchorLengths
        self.qualifiers = qualifiers
        anchorMasks = anchorLengths.indices.map { anchor in
            anchorStems[anchorStemStart[anchor]..<anchorStemStart[anchor + 1]].reduce(0) { $0 | 1 << UInt64(stems[$1].group) }
        }
    }

    init(from reader: inout TableReader) {
        let automaton = KeywordAutomaton(from: &reader)
        let counts: [Int] = reader.next()
        let stems = KeywordEdges.read(from: &reader)
        let tails: [UInt8] = reader.next()
        let tailStart: [Int] = reader.next()
        let anchorStemStart: [Int] = reader.next()
        let anchorStems: [Int] = reader.next()
        let anchorLengths: [Int] = reader.next()
        let texts = reader.texts()
        let open: [UInt8] = reader.next()
        self.init(
            automaton: automaton, conceptAnchors: counts[0], rot13Words: counts[1], stems: stems, tails: tails, tailStart: tailStart,
            anchorStemStart: anchorStemStart, anchorStems: anchorStems, anchorLengths: anchorLengths,
            qualifiers: zip(texts, open).map { Qualifier(text: $0, open: $1 != 0) })
    }

    func encode(into writer: inout TableWriter) {
        automaton.encode(into: &writer)
        writer.append([conceptAnchors, rot13Words])
        KeywordEdges.encode(stems, into: &writer)
        writer.append(tails)
        writer.append(tailStart)
        writer.append(anchorStemStart)
        writer.append(anchorStems)
        writer.append(anchorLengths)
        writer.append(texts: qualifiers.map(\.text))
        writer.append(qualifiers.map { $0.open ? 1 : 0 })
    }
}
