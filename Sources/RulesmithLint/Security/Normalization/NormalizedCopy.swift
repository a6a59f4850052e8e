import Foundation
import RulesmithText

/// The second text the heuristics read: the lines that hold something a reader or a keyword scan
/// would not see as text, made plain. NFKC is applied per scalar and letters are lower-cased;
/// format (Cf) and zero-width characters and variation selectors are removed; tag characters are
/// decoded to ASCII; percent-escapes (`%69gnore`) and numeric or basic named HTML entities
/// (`&#105;`, `&lt;`) are decoded; Cyrillic, Greek and Armenian look-alikes inside a word with
/// Latin letters are read as the Latin letters they imitate. Keeps a map back to the scanned text
/// and a record of what changed.
struct NormalizedCopy {
    private(set) var bytes: [UInt8] = []
    private(set) var lineStarts = LineStarts()
    private var anchors = PackedAnchors()
    /// Runs of two or more anchors that count as one change (the same kind, adjacent in the
    /// scanned text): first and last anchor index. Single changes need no entry.
    private var runs: [(first: UInt32, last: UInt32)] = []
    /// Changes other than letter case so far: a line is kept only when it makes one.
    private var keptChanges = 0
    /// Where the line's verbatim bytes not yet copied start: they are copied only once the line
    /// is known to change, so an unchanged line (a megabyte of NULs) is never copied.
    private var pendingVerbatim: Int?

    /// A place where the copy and the scanned text stop advancing together: a line's start, a
    /// unit replaced (every copy byte maps to the whole unit), removed or left out, or the line
    /// break added after a line. Copy bytes past `copyStart + copyLength`, up to the next
    /// anchor, map byte for byte from `sourceStart + sourceLength` on. The flags: bits 0–2, 0 for
    /// no change, else `ChangeKind.rawValue + 1`; bit 3, the anchor continues the run of the one
    /// before it. Two to four bytes each (`PackedAnchors`), and none per unchanged byte.
    private typealias Anchor = PackedAnchors.Anchor

    enum ChangeKind: Int, CaseIterable {
        case removed, decodedTag, normalized, percent, entity, confusable
        /// Only letter case changed: kept so the heuristics read it, not reported as hidden.
        case caseFolded
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

        /// Whether no word goes on after this unit (a window of units may end here without
        /// changing which words hold look-alike letters).
        var endsWord: Bool {
            if let run { return !run.ends }
            return value < 0x80 ? !LineView.isWordByte(UInt8(value)) : !ScriptClass.isWordScalar(value)
        }
    }

    /// Units decoded at a time: a long line is read in windows that end between words, so its
    /// units cost a fixed buffer (about 160 KB), not tens of bytes per byte of the line.
    private static let windowUnits = 4096
    /// A window ends here even inside a word: a "word" longer than this is not one, and its
    /// look-alike letters are judged a window's piece at a time.
    private static let longestWindow = 4 * windowUnits

    /// Buffers reused from line to line and window to window.
    private struct Scratch {
        var cache: [UInt32: Mapping] = [:]
        var units: [Unit] = []
        var folds: [Bool] = []
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
        var scratch = Scratch()
        scratch.units.reserveCapacity(Self.longestWindow + 64)
        text.source.bytes.withUnsafeBufferPointer { buffer in
            // At most an anchor per scalar that is not ASCII, per escape or entity, and two per
            // line: reserved (pages are touched only as anchors are written), so the list is
            // never copied as it grows.
            var changeable = 0
            var lineBytes = 0
            for line in lines {
                let content = text.content(ofLine: line)
                lineBytes += content.count + 1
                for index in content where buffer[index] >= 0xC0 || buffer[index] == 0x25 || buffer[index] == 0x26 { changeable += 1 }
            }
            anchors.reserveCapacity(changeable + 2 * lines.count)
            // The copy is at most about as long as the lines (NFKC rarely lengthens a scalar).
            bytes.reserveCapacity(lineBytes)
            for line in lines {
                appendLine(buffer, text.content(ofLine: line), &scratch)
            }
        }
    }

    /// A scalar's NFKC, lower-cased form (nil when unchanged) and whether NFKC (not only case) changed it.
    private typealias Mapping = (bytes: [UInt8]?, compatible: Bool)

    private mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ scratch: inout Scratch) {
        let savedBytes = bytes.count
        let savedAnchors = anchors.mark
        let savedRuns = runs.count
        let savedKept = keptChanges
        lineStarts.append(bytes.count)
        pendingVerbatim = nil
        anchor(source: range.lowerBound..<range.lowerBound, copyLength: 0)
        var inFlag = false
        var windowStart = range.lowerBound
        while windowStart < range.upperBound {
            windowStart = Self.decodeUnits(buffer, windowStart..<range.upperBound, into: &scratch.units)
            Self.lookAlikeWords(scratch.units, into: &scratch.folds)
            for position in scratch.units.indices {
                appendUnit(buffer, scratch.units[position], fold: scratch.folds[position], inFlag: &inFlag, cache: &scratch.cache)
            }
        }
        // Letter case alone does not keep a line: the automaton knows the capitalised spellings.
        if keptChanges == savedKept {
            pendingVerbatim = nil
            bytes.removeSubrange(savedBytes...)
            anchors.truncate(to: savedAnchors)
            runs.removeSubrange(savedRuns...)
            lineStarts.removeLast()
            return
        }
        replace(buffer, range.upperBound..<range.upperBound, [0x0A])
    }

    /// Copies, replaces or leaves out one unit (`fold`: a look-alike letter inside a Latin word).
    private mutating func appendUnit(
        _ buffer: UnsafeBufferPointer<UInt8>, _ unit: Unit, fold: Bool, inFlag: inout Bool, cache: inout [UInt32: Mapping]
    ) {
        let value = unit.value
        if unit.run != nil {
            inFlag = false
            appendVerbatim(unit.source)
            return
        }
        if value < 0x80 {
            inFlag = false
            if let decoded = unit.decoded {
                replace(buffer, unit.source, [UInt8(value)], change: decoded)
            } else {
                appendVerbatim(unit.source)
            }
            return
        }
        if value == UTF8Scalar.invalid {
            inFlag = false
            appendVerbatim(unit.source)
            return
        }
        if value == 0x1F3F4 {
            inFlag = true
            appendVerbatim(unit.source)
            return
        }
        if (0xE0000...0xE007F).contains(value) {
            let flagLetter = (0xE0030...0xE0039).contains(value) || (0xE0061...0xE007A).contains(value)
            if inFlag, flagLetter || value == 0xE007F {
                if value == 0xE007F { inFlag = false }
                remove(buffer, unit.source)
            } else if (0xE0020...0xE007E).contains(value) {
                inFlag = false
                replace(buffer, unit.source, [UInt8(value - 0xE0000)], change: .decodedTag)
            } else {
                inFlag = false
                remove(buffer, unit.source)
            }
            return
        }
        inFlag = false
        if fold, let letter = Confusables.latin[value] {
            replace(buffer, unit.source, [letter | 0x20], change: .confusable)
            return
        }
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x2500...0x27BF).contains(value)
            || (0x1F300...0x1FAFF).contains(value) {
            // Ideographs, Hangul syllables, box drawing, symbols and emoji never change under NFKC.
            appendScalar(buffer, unit)
            return
        }
        if (0xFF01...0xFF0F).contains(value) || (0xFF1A...0xFF20).contains(value) || (0xFF3B...0xFF40).contains(value)
            || (0xFF5B...0xFF65).contains(value) {
            // Full-width punctuation is how Chinese and Japanese punctuate, not a disguise: it
            // keeps its meaning (a clause boundary) in the copy.
            appendScalar(buffer, unit)
            return
        }
        let kind = CodePointClass.of(value)
        if kind == .zeroWidth || kind == .variationSelector || kind == .bidiControl || kind == .bidiMark {
            remove(buffer, unit.source)
            return
        }
        guard let scalar = Unicode.Scalar(value) else {
            flushVerbatim(buffer, upTo: unit.source.lowerBound)  // the unit itself is left out
            anchor(source: unit.source, copyLength: 0)
            return
        }
        let properties = scalar.properties
        if properties.generalCategory == .format {
            remove(buffer, unit.source)
            return
        }
        guard properties.changesWhenNFKCCaseFolded else {
            appendScalar(buffer, unit)
            return
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
            replace(buffer, unit.source, mapped, change: unit.decoded ?? (mapping.compatible ? .normalized : .caseFolded))
        } else {
            appendScalar(buffer, unit)
        }
    }

    /// A scalar kept as it is: verbatim, or its UTF-8 when it came from an escape.
    private mutating func appendScalar(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Unit) {
        guard let decoded = unit.decoded, let scalar = Unicode.Scalar(unit.value) else {
            appendVerbatim(unit.source)
            return
        }
        replace(buffer, unit.source, Array(String(Character(scalar)).utf8), change: decoded)
    }

    /// The next window of a line's scalars from `range.lowerBound`, with percent-escapes and HTML
    /// entities decoded; returns where the window ends (at `range.upperBound`, or after a unit
    /// that ends a word once `windowUnits` are decoded).
    private static func decodeUnits(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into units: inout [Unit]) -> Int {
        units.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            if units.count >= windowUnits, units[units.count - 1].endsWord || units.count >= longestWindow { break }
            let byte = buffer[index]
            if byte == 0x25, let end = PercentEscapes.decode(buffer, index, range.upperBound, limit: 64, into: &units) {
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
        return index
    }

    /// Per unit, into `folds`: whether it is a look-alike letter inside a word that also has
    /// Latin letters.
    private static func lookAlikeWords(_ units: [Unit], into folds: inout [Bool]) {
        folds.removeAll(keepingCapacity: true)
        folds.append(contentsOf: repeatElement(false, count: units.count))
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
    }

    /// Percent-escapes: a run of `%XX` decoded as UTF-8 (a sequence that is not UTF-8 stays as written).
    private enum PercentEscapes {
        /// Decodes the run at `start` scalar by scalar, stopping after about `limit` units (the
        /// caller goes on from the index returned: each scalar depends only on the four escapes
        /// from its own); nil when no escape starts there.
        static func decode(
            _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, limit: Int, into units: inout [Unit]
        ) -> Int? {
            guard escaped(buffer, start, end) != nil else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { raw in
                raw.initialize(repeating: 0)
                var index = start
                var appended = 0
                while appended < limit, let first = escaped(buffer, index, end) {
                    raw[0] = first
                    var count = 1
                    while count < 4, let next = escaped(buffer, index + 3 * count, end) {
                        raw[count] = next
                        count += 1
                    }
                    let (value, length) = UTF8Scalar.decode(UnsafeBufferPointer(raw), at: 0, end: count)
                    if value == UTF8Scalar.invalid || value < 0x20 {
                        for offset in 0..<3 {
                            units.append(Unit(value: UInt32(buffer[index + offset]), source: (index + offset)..<(index + offset + 1), decoded: nil))
                        }
                        index += 3
                        appended += 3
                    } else {
                        units.append(Unit(value: value, source: index..<(index + 3 * length), decoded: .percent))
                        index += 3 * length
                        appended += 1
                    }
                }
                return index
            }
        }

        /// The byte `%XX` at `index` stands for.
        private static func escaped(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> UInt8? {
            guard index + 2 < end, buffer[index] == 0x25, let high = nibble(buffer[index + 1]), let low = nibble(buffer[index + 2]) else {
                return nil
            }
            return high << 4 | low
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
    private mutating func appendVerbatim(_ unit: Range<Int>) {
        if pendingVerbatim == nil { pendingVerbatim = unit.lowerBound }
    }

    /// Copies the pending verbatim bytes up to `end`.
    private mutating func flushVerbatim(_ buffer: UnsafeBufferPointer<UInt8>, upTo end: Int) {
        guard let start = pendingVerbatim else { return }
        pendingVerbatim = nil
        guard start < end else { return }
        bytes.append(contentsOf: buffer[start..<end])
    }

    private mutating func anchor(source unit: Range<Int>, copyLength: Int, change: ChangeKind? = nil) {
        var flags = UInt8(truncatingIfNeeded: change.map { $0.rawValue + 1 } ?? 0)
        if let change {
            if change != .caseFolded { keptChanges += 1 }
            if let last = anchors.last, last.change == change, last.sourceEnd == unit.lowerBound {
                flags |= 8
                let index = UInt32(truncatingIfNeeded: anchors.count)
                if last.continuesRun {
                    runs[runs.count - 1].last = index
                } else {
                    runs.append((index - 1, index))
                }
            }
        }
        anchors.append(Anchor(
            copyStart: bytes.count, sourceStart: unit.lowerBound, copyLength: copyLength, sourceLength: unit.count, flags: flags))
    }

    /// The unit's bytes replaced by `output` (every byte of which maps to the whole unit).
    private mutating func replace(
        _ buffer: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>, _ output: [UInt8], change: ChangeKind? = nil
    ) {
        flushVerbatim(buffer, upTo: unit.lowerBound)
        anchor(source: unit, copyLength: output.count, change: change)
        bytes.append(contentsOf: output)
    }

    /// The unit left out of the copy.
    private mutating func remove(_ buffer: UnsafeBufferPointer<UInt8>, _ unit: Range<Int>) {
        flushVerbatim(buffer, upTo: unit.lowerBound)
        anchor(source: unit, copyLength: 0, change: .removed)
    }

    /// The scanned-text range that produced copy range `range`.
    func source(_ range: Range<Int>) -> Range<Int> {
        guard !anchors.isEmpty else { return range }
        let lower = sourceOffset(range.lowerBound, end: false)
        let upper = range.isEmpty ? lower : sourceOffset(range.upperBound - 1, end: true)
        return lower..<max(lower, upper)
    }

    private func sourceOffset(_ offset: Int, end: Bool) -> Int {
        let anchor = anchors.lastStarting(inCopyAtMost: offset)
        if offset < anchor.copyEnd { return end ? anchor.sourceEnd : anchor.sourceStart }
        let position = anchor.sourceEnd + (offset - anchor.copyEnd)
        return end ? position + 1 : position
    }

    /// "removing 3 invisible characters", "decoding 28 tag characters", … for what changed in
    /// `range` of the scanned text; nil when nothing did. A run of adjacent changes of one kind
    /// counts whole when any of it overlaps `range`.
    func changeSummary(in range: Range<Int>) -> String? {
        var counts = [Int](repeating: 0, count: ChangeKind.allCases.count)
        // From the first anchor ending after `range.lowerBound` (anchors are in scanned-text order).
        var cursor = anchors.firstEnding(inSourceAfter: range.lowerBound)
        while cursor.index < anchors.count, cursor.anchor.sourceStart < range.upperBound {
            guard let kind = cursor.anchor.change else {
                anchors.advance(&cursor)
                continue
            }
            var following = cursor
            anchors.advance(&following)
            let run = self.run(containing: cursor.index, continued: cursor.anchor.continuesRun,
                               continues: following.index < anchors.count && following.anchor.continuesRun)
            counts[kind.rawValue] += run.count
            // A run of millions of removed characters is stepped over, not read through.
            cursor = run.count == 1 ? following : anchors.seek(to: run.upperBound)
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

    /// The anchors of the change run that anchor `index` belongs to (`continued`: it continues
    /// the run of the anchor before it; `continues`: the anchor after it continues its run).
    private func run(containing index: Int, continued: Bool, continues: Bool) -> Range<Int> {
        guard continued || continues else { return index..<(index + 1) }
        // The last run starting at or before `index`.
        let run = runs[SortedSearch.last(in: runs.indices, atOrBefore: index) { Int(runs[$0].first) }]
        return Int(run.first)..<(Int(run.last) + 1)
    }
}

private extension PackedAnchors.Anchor {
    var change: NormalizedCopy.ChangeKind? { flags & 7 == 0 ? nil : NormalizedCopy.ChangeKind(rawValue: Int(flags & 7) - 1) }
    var continuesRun: Bool { flags & 8 != 0 }
}
