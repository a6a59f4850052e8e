import RulesmithText

/// Finds the cue words of `Cues` in a small range (a clause and its neighbours) with one run of
/// their own automaton, so checking a match costs the length of its clause, not the cue count.
enum CueIndex {
    enum Kind: UInt8, Sendable {
        case lacking, lackingAfter, negationBefore, negationAfter, permissionAfter, without, withoutAfter, quantifier, universal, reportBefore, reportAfter,
             refusal, transitiveRefusal, compliance, nothing, cessation, forbidden, recurring, persistence, destination, enabling, dismissal
    }

    struct Hit: Sendable {
        let kind: Kind
        let range: Range<Int>
    }

    struct Entry: Sendable {
        let variant: StemVariant
        let kind: Kind
    }

    /// Every spelling of every cue, from the word lists (`CueTables` holds them built).
    static let builtEntries: [Entry] = {
        let lists: [(Kind, [String])] = [
            (.lacking, Cues.lacking), (.lackingAfter, Cues.lackingAfter), (.negationBefore, Cues.negationBefore), (.negationAfter, Cues.negationAfter),
            (.permissionAfter, Cues.permissionAfter), (.without, Cues.without),
            (.withoutAfter, Cues.withoutAfter), (.quantifier, Cues.quantifiers), (.universal, Cues.universal),
            (.reportBefore, Cues.reportBefore), (.reportAfter, Cues.reportAfter), (.refusal, Cues.refusal),
            (.transitiveRefusal, Cues.transitiveRefusal), (.compliance, Cues.compliance), (.nothing, Cues.nothing), (.cessation, Cues.cessation),
            (.forbidden, Cues.forbidden),
            (.recurring, Cues.recurring), (.persistence, Cues.persistence.map { "*" + $0 + "*" }),
            (.destination, Cues.destination), (.enabling, Cues.enabling), (.dismissal, Cues.dismissal),
        ]
        var list: [Entry] = []
        var seen = Set<VariantKey>()
        for (kind, words) in lists {
            for word in words {
                for variant in StemVariant.expand(word) where seen.insert(VariantKey(kind.rawValue, variant)).inserted {
                    // A cue ending in an apostrophe ("n'") is glued to the next word.
                    let glued = variant.text.hasSuffix("'") || variant.text.hasSuffix("\u{2019}")
                    list.append(Entry(
                        variant: StemVariant(text: variant.text, startsWord: variant.startsWord, endsWord: variant.endsWord && !glued),
                        kind: kind))
                }
            }
        }
        return list
    }()

    /// Every cue in `range` of `bytes`, in text order, with word edges checked in the whole text.
    ///
    /// The order is one automaton's over every cue: by end, then longest first, then in list
    /// order. A range in ASCII meets only the ASCII cues, in that order; otherwise the hits of
    /// both automata are merged into it.
    static func hits(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Hit] {
        guard !range.isEmpty else { return [] }
        var found: [Hit] = []
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let tables = CueTables.shared
        let (entries, lengths, asciiKeywords) = (tables.entries, tables.lengths, tables.asciiKeywords)
        func add(_ keyword: Int, _ end: Int) {
            let start = range.lowerBound + end - lengths[keyword]
            let stop = range.lowerBound + end
            guard entries[keyword].hold(bytes, start, stop) else { return }
            found.append(Hit(kind: Kind(rawValue: entries[keyword].group)!, range: start..<stop))
        }
        guard ByteScan.firstNonASCII(in: slice, from: 0, to: slice.count) < slice.count else {
            tables.ascii.scan(slice) { index, end in add(asciiKeywords[index], end) }
            return found
        }
        var asciiHits: [(keyword: Int, end: Int)] = []
        tables.ascii.scan(slice) { index, end in asciiHits.append((asciiKeywords[index], end)) }
        var wideHits: [(keyword: Int, end: Int)] = []
        let wide = CueTables.Wide.shared
        let (wideKeywords, wideBytes, wideStart) = (wide.keywords, wide.bytes, wide.start)
        wide.automaton.scan(slice) { index, end in
            // The automaton folds bytes ≥ 0x80: those must be the cue's own.
            let start = end - (wideStart[index + 1] - wideStart[index])
            for (offset, byte) in wideBytes[wideStart[index]..<wideStart[index + 1]].enumerated() where byte >= 0x80 {
                if slice[start + offset] != byte { return }
            }
            wideHits.append((wideKeywords[index], end))
        }
        func precedes(_ one: (keyword: Int, end: Int), _ other: (keyword: Int, end: Int)) -> Bool {
            if one.end != other.end { return one.end < other.end }
            if lengths[one.keyword] != lengths[other.keyword] { return lengths[one.keyword] > lengths[other.keyword] }
            return one.keyword < other.keyword
        }
        var (nextASCII, nextWide) = (0, 0)
        while nextASCII < asciiHits.count || nextWide < wideHits.count {
            if nextWide == wideHits.count || (nextASCII < asciiHits.count && precedes(asciiHits[nextASCII], wideHits[nextWide])) {
                add(asciiHits[nextASCII].keyword, asciiHits[nextASCII].end)
                nextASCII += 1
            } else {
                add(wideHits[nextWide].keyword, wideHits[nextWide].end)
                nextWide += 1
            }
        }
        return found
    }
}

/// The cues of one text, found a few kilobytes at a time and reused by the matches nearby, so a
/// text with many matches (a pathological line) pays about one cue scan, not one per match.
final class CueCache {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var window = 0..<0
    private var cached: [CueIndex.Hit] = []
    private static let margin = 1024

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The cues lying wholly inside `range`, in text order.
    func hits(in range: Range<Int>) -> [CueIndex.Hit] {
        let range = range.clamped(to: 0..<bytes.count)
        if range.lowerBound < window.lowerBound || range.upperBound > window.upperBound {
            window = max(0, range.lowerBound - Self.margin / 4)..<min(bytes.count, range.upperBound + Self.margin)
            cached = CueIndex.hits(bytes, in: window)
        }
        var low = SortedSearch.first(in: cached.indices) { cached[$0].range.lowerBound < range.lowerBound }
        var found: [CueIndex.Hit] = []
        while low < cached.count, cached[low].range.lowerBound < range.upperBound {
            if cached[low].range.upperBound <= range.upperBound { found.append(cached[low]) }
            low += 1
        }
        return found
    }
}
