import Foundation

/// The second text the heuristics read: the lines that hold something a reader or a keyword scan
/// would not see as text, made plain. NFKC is applied per scalar and letters are lower-cased;
/// format (Cf) and zero-width characters and variation selectors are removed; tag characters are
/// decoded to ASCII; percent-escapes (`%69gnore`) and numeric or basic named HTML entities
/// (`&#105;`, `&lt;`) are decoded; Cyrillic, Greek and Armenian look-alikes inside a word with
/// Latin letters are read as the Latin letters they imitate. Keeps a map back to the scanned text
/// and a record of what changed.
struct NormalizedCopy {
    private(set) var bytes: [UInt8] = []
    private(set) var lineStarts: [Int] = []
    private var segments: [Segment] = []
    private var changes: [Change] = []
    /// Where the line's verbatim bytes not yet copied start: they are copied only once the line
    /// is known to change, so an unchanged line (a megabyte of NULs) is never copied.
    private var pendingVerbatim: Int?

    /// Copy bytes `copyStart…` come from scanned bytes `sourceStart..<sourceEnd`; verbatim
    /// segments map byte for byte, others map every byte to the whole source unit.
    private struct Segment {
        var copyStart: Int
        var sourceStart: Int
        var sourceEnd: Int
        var isVerbatim: Bool
    }

    enum ChangeKind: Int, CaseIterable {
        case removed, decodedTag, normalized, percent, entity, confusable
        /// Only letter case changed: kept so the heuristics read it, not reported as hidden.
        case caseFolded
    }

    private struct Change {
        var sourceStart: Int
        var sourceEnd: Int
        var kind: ChangeKind
        var count: Int
    }

    /// One scalar of a line and the scanned bytes it comes from (more than its own UTF-8 when it
    /// was percent-escaped or an entity).
    private struct Unit {
        var value: UInt32
        var source: Range<Int>
        var decoded: ChangeKind?
        /// A run of plain ASCII copied as it is (`value` unused): whether a word character starts
        /// it, ends it, and fills it, for telling words apart.
        var run: (starts: Bool, ends: Bool, whole: Bool)?

        init(value: UInt32, source: Range<Int>, decoded: ChangeKind?) {
            self.value = value
            self.source = source
            self.decoded = decoded
        }
    }

    var isEmpty: Bool { bytes.isEmpty }

    init(_ text: SecurityText) {
        self.init(text, extraLines: [])
    }

    /// The copy of the lines holding non-ASCII or control bytes and of `extraLines` (lines with
    /// percent-escapes or entities), each kept only when normalising changes it.
    init(_ text: SecurityText, extraLines: [Int]) {
        let lines = extraLines.isEmpty ? text.specialLines : Array(Set(text.specialLines).union(extraLines)).sorted()
        guard !lines.isEmpty else { return }
        var cache: [UInt32: Mapping] = [:]
        var units: [Unit] = []
        text.source.bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                appendLine(buffer, text.content(ofLine: line), cache: &cache, units: &units)
            }
        }
    }

    /// A scalar's NFKC, lower-cased form (nil when unchanged) and whether NFKC (not only case) changed it.
    private typealias Mapping = (bytes: [UInt8]?, compatible: Bool)

    private mutating func appendLine(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cache: inout [UInt32: Mapping], units: inout [Unit]
    ) {
        let savedBytes = bytes.count
        let savedSegments = segments.count
        let savedChanges = changes.count
        lineStarts.append(bytes.count)
        pendingVerbatim = nil
        Self.decodeUnits(buffer, range, into: &units)
        let folds = Self.lookAlikeWords(units)
        var inFlag = false
        for (position, unit) in units.enumerated() {
            let value = unit.value
            if unit.run != nil {
                inFlag = false
                appendVerbatim(buffer, unit.source)
                continue
            }
            if value < 0x80 {
                inFlag = false
                if let decoded = unit.decoded {
                    appendUnit(buffer, unit.source, [UInt8(value)])
                    record(buffer, unit.source, decoded)
                } else {
                    appendVerbatim(buffer, unit.source)
                }
                continue
            }
            if value == UTF8Scalar.invalid {
                inFlag = false
                appendVerbatim(buffer, unit.source)
                continue
            }
            if value == 0x1F3F4 {
                inFlag = true
                appendVerbatim(buffer, unit.source)
                continue
            }
            if (0xE0000...0xE007F).contains(value) {
                let flagLetter = (0xE0030...0xE0039).contains(value) || (0xE0061...0xE007A).contains(value)
                if inFlag, flagLetter || value == 0xE007F {
                    if value == 0xE007F { inFlag = false }
                    record(buffer, unit.source, .removed)
                } else if (0xE0020...0xE007E).contains(value) {
                    inFlag = false
                    appendUnit(buffer, unit.source, [UInt8(value - 0xE0000)])
                    record(buffer, unit.source, .decodedTag)
                } else {
                    inFlag = false
                    record(buffer, unit.source, .removed)
                }
                continue
            }
            inFlag = false
            if folds[position], let letter = Confusables.latin[value] {
                appendUnit(buffer, unit.source, [letter | 0x20])
                record(buffer, unit.source, .confusable)
                continue
            }
            if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x2500...0x27BF).contains(value)
                || (0x1F300...0x1FAFF).contains(value) {
                // Ideographs, Hangul syllables, box drawing, symbols and emoji never change under NFKC.
                appendScalar(buffer, unit)
                continue
            }
            if (0xFF01...0xFF0F).contains(value) || (0xFF1A...0xFF20).contains(value) || (0xFF3B...0xFF40).contains(value)
                || (0xFF5B...0xFF65).contains(value) {
                // Full-width punctuation is how Chinese and Japanese punctuate, not a disguise: it
                // keeps its meaning (a clause boundary) in the copy.
                appendScalar(buffer, unit)
                continue
            }
            let kind = CodePointClass.of(value)
            if kind == .zeroWidth || kind == .variationSelector || kind == .bidiControl || kind == .bidiMark {
                record(buffer, unit.source, .removed)
                continue
            }
            guard let scalar = Unicode.Scalar(value) else {
                flushVerbatim(buffer, upTo: unit.source.lowerBound)  // the unit itself is left out
                continue
            }
            let properties = scalar.properties
            if properties.generalCategory == .format {
                record(buffer, unit.source, .removed)
                continue
            }
            guard properties.changesWhenNFKCCaseFolded else {
                appendScalar(buffer, unit)
                continue
            }
            let mapping: Mapping
            if let cached = cache[value] {
                mapping = cached
            } else {
                let original = String(Character(scalar))
                let compatible = original.precomposedStringWithCompatibilityMapping
                let utf8 = Array(compatible.lowercased().utf8)
                mapping = (utf8 == Array(original.utf8) ? nil : utf8, compatible != original)
                cache[value] = mapping
            }
            if let mapped = mapping.bytes {
                appendUnit(buffer, unit.source, mapped)
                record(buffer, unit.source, unit.decoded ?? (mapping.compatible ? .normalized : .caseFolded))
            } else {
                appendScalar(buffer, unit)
            }
        }
        // Letter case alone does not keep a line: the automaton knows the capitalised spellings.
        if !changes[savedChanges...].contains(where: { $0.kind != .caseFolded }) {
            pendingVerbatim = nil
            bytes.removeSubrange(savedBytes...)
            segments.removeSubrange(savedSegments...)
            changes.removeSubrange(savedChanges...)
            lineStarts.removeLast()
            return
        }
        appendUnit(buffer, range.upperBound..<range.upperBound, [0x0A])
    }

    /// A scalar kept as it is: verbatim, or its UTF-8 when it came from an escape.
    private mutating func appendScalar(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Unit) {
        guard let decoded = unit.decoded, let scalar = Unicode.Scalar(unit.value) else {
            appendVerbatim(buffer, unit.source)
            return
        }
        appendUnit(buffer, unit.source, Array(String(Character(scalar)).utf8))
        record(buffer, unit.source, decoded)
    }

    /// The line's scalars, with percent-escapes and HTML entities decoded.
    private static func decodeUnits(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into units: inout [Unit]) {
        units.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = buffer[index]
            if byte == 0x25, let end = PercentEscapes.decode(buffer, index, range.upperBound, into: &units) {
                index = end
                continue
            }
            if byte == 0x26, let (value, end) = HTMLEntities.decode(buffer, index, range.upperBound) {
                units.append(Unit(value: value, source: index..<end, decoded: .entity))
                index = end
                continue
            }
            if byte < 0x80 {
                // Plain ASCII goes through as one unit: only its edges matter to the words around it.
                let start = index
                var whole = true
                while index < range.upperBound, buffer[index] < 0x80, buffer[index] != 0x25, buffer[index] != 0x26 {
                    if !LineView.isWordByte(buffer[index]) { whole = false }
                    index += 1
                }
                if index == start {
                    units.append(Unit(value: UInt32(byte), source: index..<(index + 1), decoded: nil))
                    index += 1
                    continue
                }
                var unit = Unit(value: 0, source: start..<index, decoded: nil)
                unit.run = (LineView.isWordByte(buffer[start]), LineView.isWordByte(buffer[index - 1]), whole)
                units.append(unit)
                continue
            }
            let (value, length) = UTF8Scalar.decode(buffer, at: index, end: range.upperBound)
            units.append(Unit(value: value, source: index..<(index + length), decoded: nil))
            index += length
        }
    }

    /// Per unit: whether it is a look-alike letter inside a word that also has Latin letters.
    private static func lookAlikeWords(_ units: [Unit]) -> [Bool] {
        var folds = [Bool](repeating: false, count: units.count)
        var tokenStart: Int?
        var latin = false
        var lookAlike = false
        func close(_ end: Int) {
            if let start = tokenStart, latin, lookAlike { for position in start..<end { folds[position] = true } }
            tokenStart = nil
            latin = false
            lookAlike = false
        }
        for (index, unit) in units.enumerated() {
            if let run = unit.run {
                if run.starts {
                    if tokenStart == nil { tokenStart = index }
                    latin = true
                }
                if !run.whole {
                    close(index)
                    if run.ends {
                        tokenStart = index
                        latin = true
                    }
                }
                continue
            }
            // Range tests only (no Unicode property lookups): a word of alphabetic scripts goes on,
            // anything else ends it.
            let value = unit.value
            guard value < 0x80 ? LineView.isWordByte(UInt8(value)) : ScriptClass.isWordScalar(value) else {
                close(index)
                continue
            }
            if tokenStart == nil { tokenStart = index }
            if value < 0x80 || (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) { latin = true }
            if Confusables.isConfusable(value) { lookAlike = true }
        }
        close(units.count)
        return folds
    }

    /// Percent-escapes: a run of `%XX` decoded as UTF-8 (a sequence that is not UTF-8 stays as written).
    private enum PercentEscapes {
        static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into units: inout [Unit]) -> Int? {
            var decoded: [(byte: UInt8, at: Int)] = []
            var index = start
            while index + 2 < end, buffer[index] == 0x25, let high = nibble(buffer[index + 1]), let low = nibble(buffer[index + 2]) {
                decoded.append((high << 4 | low, index))
                index += 3
            }
            guard !decoded.isEmpty else { return nil }
            let raw = decoded.map(\.byte)
            var position = 0
            raw.withUnsafeBufferPointer { bytes in
                while position < bytes.count {
                    let (value, length) = UTF8Scalar.decode(bytes, at: position, end: bytes.count)
                    let from = decoded[position].at
                    let to = decoded[position + length - 1].at + 3
                    if value == UTF8Scalar.invalid || value < 0x20 {
                        for offset in 0..<3 {
                            units.append(Unit(value: UInt32(buffer[from + offset]), source: (from + offset)..<(from + offset + 1), decoded: nil))
                        }
                    } else {
                        units.append(Unit(value: value, source: from..<to, decoded: .percent))
                    }
                    position += length
                }
            }
            return index
        }

        private static func nibble(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x41 + 10
            case 0x61...0x66: byte - 0x61 + 10
            default: nil
            }
        }
    }

    /// Notes verbatim bytes; they are copied by `flushVerbatim` before the next change.
    private mutating func appendVerbatim(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>) {
        if pendingVerbatim == nil { pendingVerbatim = unit.lowerBound }
    }

    /// Copies the pending verbatim bytes up to `end`.
    private mutating func flushVerbatim(_ buffer: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        guard let start = pendingVerbatim else { return }
        pendingVerbatim = nil
        guard start < end else { return }
        let unit = start..<end
        if let last = segments.last, last.isVerbatim, last.sourceEnd == unit.lowerBound,
           last.copyStart + (last.sourceEnd - last.sourceStart) == bytes.count {
            segments[segments.count - 1].sourceEnd = unit.upperBound
        } else {
            segments.append(Segment(copyStart: bytes.count, sourceStart: unit.lowerBound, sourceEnd: unit.upperBound, isVerbatim: true))
        }
        bytes.append(contentsOf: buffer[unit])
    }

    private mutating func appendUnit(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>, _ output: [UInt8]) {
        flushVerbatim(buffer, upTo: unit.lowerBound)
        segments.append(Segment(copyStart: bytes.count, sourceStart: unit.lowerBound, sourceEnd: unit.upperBound, isVerbatim: false))
        bytes.append(contentsOf: output)
    }

    private mutating func record(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>, _ kind: ChangeKind) {
        flushVerbatim(buffer, upTo: unit.lowerBound)
        if let last = changes.last, last.kind == kind, last.sourceEnd == unit.lowerBound {
            changes[changes.count - 1].sourceEnd = unit.upperBound
            changes[changes.count - 1].count += 1
        } else {
            changes.append(Change(sourceStart: unit.lowerBound, sourceEnd: unit.upperBound, kind: kind, count: 1))
        }
    }

    /// The scanned-text range that produced copy range `range`.
    func source(_ range: Range<Int>) -> Range<Int> {
        guard !segments.isEmpty else { return range }
        let lower = sourceOffset(range.lowerBound, end: false)
        let upper = range.isEmpty ? lower : sourceOffset(range.upperBound - 1, end: true)
        return lower..<max(lower, upper)
    }

    private func sourceOffset(_ offset: Int, end: Bool) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].copyStart <= offset { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        if segment.isVerbatim {
            let position = segment.sourceStart + (offset - segment.copyStart)
            return min(end ? position + 1 : position, segment.sourceEnd)
        }
        return end ? segment.sourceEnd : segment.sourceStart
    }

    /// "removing 3 invisible characters", "decoding 28 tag characters", … for what changed in
    /// `range` of the scanned text; nil when nothing did.
    func changeSummary(in range: Range<Int>) -> String? {
        var counts = [Int](repeating: 0, count: ChangeKind.allCases.count)
        var low = 0
        var high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid].sourceEnd <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < changes.count, changes[index].sourceStart < range.upperBound {
            counts[changes[index].kind.rawValue] += changes[index].count
            index += 1
        }
        var parts: [String] = []
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if counts[0] > 0 { parts.append("removing \(plural(counts[0], "invisible character"))") }
        if counts[1] > 0 { parts.append("decoding \(plural(counts[1], "tag character"))") }
        if counts[2] > 0 { parts.append("normalising \(plural(counts[2], "look-alike character")) (NFKC)") }
        if counts[3] > 0 { parts.append("percent-decoding \(plural(counts[3], "escaped character"))") }
        if counts[4] > 0 { parts.append("decoding \(counts[4]) HTML entit\(counts[4] == 1 ? "y" : "ies")") }
        if counts[5] > 0 { parts.append("reading \(plural(counts[5], "look-alike letter")) as Latin") }
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }
}
