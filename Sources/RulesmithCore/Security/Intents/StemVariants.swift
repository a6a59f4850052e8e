/// Turns a lexicon or cue entry into the keywords the automaton matches: the `*` edge markers
/// become word-edge checks, and spellings the automaton cannot fold itself are added (a capital
/// first letter outside ASCII, `’` for `'`, the digit `1` for `l` as leetspeak writes it).
struct StemVariant: Sendable {
    let text: String
    /// The character before must not continue a word.
    let startsWord: Bool
    /// The character after must not continue a word.
    let endsWord: Bool

    static func expand(_ entry: String) -> [StemVariant] {
        var body = entry
        let openStart = body.hasPrefix("*")
        let openEnd = body.hasSuffix("*") && body.count > 1
        if openStart { body.removeFirst() }
        if openEnd { body.removeLast() }
        let edges = ScriptClass.needsWordEdges(body)
        var texts = [body]
        if body.contains("'") { texts.append(String(body.map { $0 == "'" ? "\u{2019}" : $0 })) }
        if let first = body.unicodeScalars.first, first.value >= 0x80 {
            let capital = String(first).uppercased()
            if capital != String(first) {
                for text in texts { texts.append(capital + String(text.unicodeScalars.dropFirst())) }
            }
        }
        if body.allSatisfy(\.isASCII), body.contains("l") {
            texts.append(String(body.map { $0 == "l" ? "1" : $0 }))
        }
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }.map {
            StemVariant(text: $0, startsWord: edges && !openStart, endsWord: edges && !openEnd)
        }
    }

    /// Whether a hit of this variant at `start..<end` meets its word edges (any script).
    @inline(__always)
    func edgesHold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if startsWord, ScriptClass.wordBefore(bytes, start) { return false }
        if endsWord, ScriptClass.wordAt(bytes, end) { return false }
        return true
    }
}

/// The intent keywords handed to the heuristics' automaton: every lexicon stem in every spelling.
enum IntentKeywords {
    struct Entry: Sendable {
        let variant: StemVariant
        let concept: Concept
    }

    static let entries: [Entry] = {
        var list: [Entry] = []
        var seen = Set<String>()
        for stem in Lexicon.stems {
            for variant in StemVariant.expand(stem.text) where seen.insert("\(stem.concept.rawValue)|\(variant.text)").inserted {
                list.append(Entry(variant: variant, concept: stem.concept))
            }
        }
        return list
    }()
}
