import RulesmithText

/// Turns a lexicon or cue entry into the keywords the automaton matches: the `*` edge markers
/// become word-edge checks, and spellings the automaton cannot fold itself are added (a capital
/// first letter or all capitals outside ASCII, `’` for `'`).
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
        var texts = accentVariants(body, openEnd: openEnd)
        // Bytes, not Foundation's `contains` (a search per stem at start-up): an apostrophe only a
        // combining mark hides gives the same text again, which the set below drops.
        if body.utf8.contains(0x27) { texts.append(String(body.map { $0 == "'" ? "\u{2019}" : $0 })) }
        if let first = body.unicodeScalars.first, first.value >= 0x80, first.properties.changesWhenUppercased {
            let capital = String(first).uppercased()
            if capital != String(first) {
                for text in texts { texts.append(capital + String(text.unicodeScalars.dropFirst())) }
            }
        }
        // All capitals ("ИГНОРИРУЙ"), for stems outside ASCII (the automaton folds ASCII itself).
        if body.unicodeScalars.contains(where: { $0.value >= 0x80 }), !body.unicodeScalars.contains("ß"),
           body.unicodeScalars.contains(where: \.properties.changesWhenUppercased), body.uppercased() != body {
            texts.append(body.uppercased())
        }
        if texts.count == 1 { return [StemVariant(text: texts[0], startsWord: edges && !openStart, endsWord: edges && !openEnd)] }
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }.map {
            StemVariant(text: $0, startsWord: edges && !openStart, endsWord: edges && !openEnd)
        }
    }

    /// Latin letters that carry a diacritic, grouped by their base letter (first).
    private static let accentGroups: [[Character]] = [
        ["e", "é", "è", "ê", "ë"], ["a", "à", "á", "â", "ä", "ã"], ["o", "ó", "ò", "ô", "ö", "õ"], ["i", "í", "ì", "î", "ï"],
        ["u", "ú", "ù", "û", "ü"], ["c", "ç"], ["n", "ñ"],
    ]
    private static let accentGroup: [Character: Int] = {
        var table: [Character: Int] = [:]
        for (index, group) in accentGroups.enumerated() { for letter in group.dropFirst() { table[letter] = index } }
        return table
    }()

    /// `text` with each accented Latin letter in any accent of its letter or none ("précéd" also
    /// as "précèd", "preced"): writers drop or swap accents, and a word must not slip by for it.
    /// Stems with many accents get the plain spelling only.
    static func accentVariants(_ text: String, openEnd: Bool = false) -> [String] {
        // No letter of a group can be in a text without their UTF-8 lead byte (0xC3) or a
        // combining mark that composes them (0xCC, 0xCD): its only spelling is itself, told
        // without the character work below (most of the scan's start-up went to it).
        if !text.utf8.contains(where: { $0 == 0xC3 || $0 == 0xCC || $0 == 0xCD }) { return [text] }
        // A short stem that lets its word go on is only safe with its accent: "enví*" without it
        // is "envi*", the start of "environment".
        if openEnd || text.hasSuffix("*"), text.filter(\.isLetter).count < 6 { return [text] }
        let letters = Array(text)
        let positions = letters.indices.filter { accentGroup[letters[$0]] != nil }
        guard !positions.isEmpty else { return [text] }
        // Short accented words are other words without their accent ("à" → "a", "è" → "e", "más" → "mas").
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard words.allSatisfy({ word in word.count > 3 || !word.contains { accentGroup[$0] != nil } }) else { return [text] }
        let product = positions.reduce(1) { $0 * accentGroups[accentGroup[letters[$1]]!].count }
        if product > 36 {
            return [text, String(letters.map { accentGroup[$0].map { accentGroups[$0][0] } ?? $0 })]
        }
        var variants: [[Character]] = [letters]
        for position in positions {
            let group = accentGroups[accentGroup[letters[position]]!]
            variants = variants.flatMap { variant in
                group.map { letter in
                    var copy = variant
                    copy[position] = letter
                    return copy
                }
            }
        }
        var seen: Set<String> = [text]
        return [text] + variants.map { String($0) }.filter { seen.insert($0).inserted }
    }
}

/// A keyword variant of one concept or cue kind, for telling repeats apart (a struct, not an
/// interpolated string).
struct VariantKey: Hashable {
    let group: UInt8
    let startsWord: Bool
    let endsWord: Bool
    let text: String

    init(_ group: UInt8, _ variant: StemVariant) {
        self.group = group
        startsWord = variant.startsWord
        endsWord = variant.endsWord
        text = variant.text
    }
}

/// The intent keywords: stems spelled in ASCII join the heuristics' automaton; the others (accents,
/// Cyrillic, Chinese, Japanese, Korean, and `’` spellings) have an automaton of their own, decoded
/// the first time a text holds a non-ASCII byte and run only over such lines, so plain ASCII text
/// pays nothing for them, not even their set-up. The lists here are built from the word lists for
/// `KeywordTables` and `WideStemTables` only; a scan reads those tables.
enum IntentKeywords {
    struct Entry: Sendable {
        let variant: StemVariant
        let concept: Concept
    }

    /// Stems spelled in ASCII, for the main automaton (cheap to build: no case or script work).
    static let ascii: [Entry] = {
        var list: [Entry] = []
        var seen = Set<String>()
        let spellings = Lexicon.stems.flatMap { stem in
            stem.text.utf8.allSatisfy({ $0 < 0x80 }) ? [stem]
                : StemVariant.accentVariants(stem.text).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Lexicon.Stem(text: $0, concept: stem.concept) }
        }
        for stem in spellings {
            var body = Substring(stem.text)
            let openStart = body.first == "*"
            if openStart { body = body.dropFirst() }
            let openEnd = body.count > 1 && body.last == "*"
            if openEnd { body = body.dropLast() }
            let variant = StemVariant(text: String(body), startsWord: !openStart, endsWord: !openEnd)
            let key = "\(stem.concept.rawValue)\(openStart ? "*" : "")\(body)\(openEnd ? "*" : "")"
            if seen.insert(key).inserted { list.append(Entry(variant: variant, concept: stem.concept)) }
        }
        return list
    }()

    /// Stems outside ASCII in every spelling, and the `’` spellings of ASCII stems.
    static let wide: [Entry] = {
        var list: [Entry] = []
        var seen = Set<VariantKey>()
        for stem in Lexicon.stems where !stem.text.utf8.allSatisfy({ $0 < 0x80 }) || stem.text.utf8.contains(0x27) {
            for variant in StemVariant.expand(stem.text) where !variant.text.utf8.allSatisfy({ $0 < 0x80 })
                && seen.insert(VariantKey(stem.concept.rawValue, variant)).inserted {
                list.append(Entry(variant: variant, concept: stem.concept))
            }
        }
        return list
    }()

    /// The main automaton holds only the first `anchorLength` bytes of each ASCII stem (its
    /// anchor); a hit is then checked against the stems that share the anchor. Twelve hundred
    /// stems cost under two thousand states this way instead of seven thousand, which keeps the
    /// automaton small to build and cache-friendly to run.
    static let anchorLength = 5

    /// The distinct anchors, and per anchor the indexes of its stems in `ascii`.
    static let anchors: (texts: [String], stems: [[Int]]) = {
        let groups = AnchorGroups.group(ascii.map { Array($0.variant.text.utf8) }, length: anchorLength)
        return (groups.anchors.map { String(decoding: $0, as: UTF8.self) }, groups.stems)
    }()

    /// Per anchor, the concepts its stems stand for (one bit each).
    static var anchorMasks: [UInt64] { KeywordTables.shared.anchorMasks }

    /// Whether the anchor is each of its stems whole and they must end a word ("use" is not
    /// wanted in "user"): the automaton can then reject it without a call.
    static func anchorEndsWord(_ anchor: Int) -> Bool {
        let length = anchors.texts[anchor].utf8.count
        return anchors.stems[anchor].allSatisfy { ascii[$0].variant.endsWord && ascii[$0].variant.text.utf8.count == length }
    }

    /// Whether every stem of anchor `anchor` must start a word (the automaton can then check it).
    static func anchorStartsWord(_ anchor: Int) -> Bool { anchors.stems[anchor].allSatisfy { ascii[$0].variant.startsWord } }

    /// The stems of `anchor` that match at `start`, compared as the automaton compares. The
    /// automaton has matched the anchor, so only the rest of each stem is read.
    static func stems(at start: Int, anchor: Int, _ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [IntentHit]) {
        let tables = KeywordTables.shared
        let anchorEnd = start + tables.anchorLengths[anchor]
        for position in tables.anchorStems[tables.anchorStemStart[anchor]..<tables.anchorStemStart[anchor + 1]] {
            let tail = tables.tailStart[position]..<tables.tailStart[position + 1]
            let end = anchorEnd + tail.count
            guard end <= bytes.count else { continue }
            var index = anchorEnd
            var same = true
            for offset in tail {
                if KeywordAutomaton.fold(bytes[index]) != tables.tails[offset] {
                    same = false
                    break
                }
                index += 1
            }
            if !same { continue }
            let entry = tables.stems[position]
            if entry.hold(bytes, start, end) {
                hits.append(IntentHit(concept: Concept(rawValue: entry.group)!, start: start, end: end))
            }
        }
    }

    /// Bytes of a non-ASCII stem's anchor (two ideographs, three Cyrillic letters).
    static let wideAnchorLength = 6

    /// Stems outside ASCII in the lines of `bytes` that hold a byte ≥ 0x80.
    static func scanWide(_ bytes: UnsafeBufferPointer<UInt8>, into hits: inout [IntentHit]) {
        var index = ByteScan.firstNonASCII(in: bytes, from: 0, to: bytes.count)
        guard index < bytes.count else { return }
        let tables = WideStemTables.shared
        while index < bytes.count {
            var lineStart = index
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = ByteScan.first(0x0A, in: bytes, from: index, to: bytes.count)
            // Neighbouring lines with non-ASCII bytes are scanned in one go (one call per block,
            // not per line, for text in other scripts).
            while lineEnd < bytes.count {
                let next = ByteScan.firstNonASCII(in: bytes, from: lineEnd, to: min(bytes.count, lineEnd + 4096))
                guard next < min(bytes.count, lineEnd + 4096) else { break }
                lineEnd = ByteScan.first(0x0A, in: bytes, from: next, to: bytes.count)
            }
            let base = lineStart
            tables.automaton.scan(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) { anchor, end in
                let start = base + end - tables.anchorLengths[anchor]
                for position in tables.anchorStems[tables.anchorStemStart[anchor]..<tables.anchorStemStart[anchor + 1]] {
                    let stem = tables.byteStart[position]..<tables.byteStart[position + 1]
                    let stop = start + stem.count
                    guard stop <= bytes.count else { continue }
                    var same = true
                    for (offset, byte) in tables.bytes[stem].enumerated() {
                        let actual = bytes[start + offset]
                        if byte < 0x80 ? KeywordAutomaton.fold(actual) != KeywordAutomaton.fold(byte) : actual != byte {
                            same = false
                            break
                        }
                    }
                    if same, tables.stems[position].hold(bytes, start, stop) {
                        hits.append(IntentHit(concept: Concept(rawValue: tables.stems[position].group)!, start: start, end: stop))
                    }
                }
            }
            index = ByteScan.firstNonASCII(in: bytes, from: lineEnd, to: bytes.count)
        }
    }
}
