import Foundation

/// The second text the heuristics read: only the lines that normalisation changes, with NFKC applied
/// per scalar, format (Cf) and zero-width characters and variation selectors removed, and tag
/// characters decoded to ASCII. Keeps a map back to the scanned text and a record of what changed.
///
/// The map costs 12 bytes per changed unit and nothing per unchanged byte: between two anchors
/// the copy and the scanned text advance together, so verbatim runs need no entry of their own,
/// and what changed is read from the anchors too (text alternating a letter and a no-break
/// space costs about 4.7 bytes per input byte, where one segment and one change record per unit
/// cost about 25).
struct NormalizedCopy {
    private(set) var bytes: [UInt8] = []
    private(set) var lineStarts: [Int] = []
    private var anchors: [Anchor] = []
    /// Runs of two or more anchors that count as one change (the same kind, adjacent in the
    /// scanned text): first and last anchor index. Single changes need no entry.
    private var runs: [(first: UInt32, last: UInt32)] = []
    private var changeCount = 0
    /// Where the line's verbatim bytes not yet copied start: they are copied only once the line
    /// is known to change, so an unchanged line (a megabyte of NULs) is never copied.
    private var pendingVerbatim: Int?

    /// A place where the copy and the scanned text stop advancing together: a line's start, a
    /// unit replaced (every copy byte maps to the whole unit), removed or left out, or the line
    /// break added after a line. Copy bytes past `copyStart + copyLength`, up to the next
    /// anchor, map byte for byte from `sourceStart + sourceLength` on.
    private struct Anchor {
        var copyStart: UInt32
        var sourceStart: UInt32
        var copyLength: UInt8
        var sourceLength: UInt8
        /// Bits 0–1: 0 for no change, else `ChangeKind.rawValue + 1`; bit 2: continues the run
        /// of the anchor before it.
        var flags: UInt8

        var copyEnd: Int { Int(copyStart) + Int(copyLength) }
        var sourceEnd: Int { Int(sourceStart) + Int(sourceLength) }
        var change: ChangeKind? { flags & 3 == 0 ? nil : ChangeKind(rawValue: Int(flags & 3) - 1) }
        var continuesRun: Bool { flags & 4 != 0 }
    }

    enum ChangeKind: Int {
        case removed, decodedTag, normalized
    }

    var isEmpty: Bool { bytes.isEmpty }

    init(_ text: SecurityText) {
        guard !text.specialLines.isEmpty else { return }
        var cache: [UInt32: [UInt8]?] = [:]
        text.source.bytes.withUnsafeBufferPointer { buffer in
            // At most an anchor per scalar that is not ASCII, and two per line: reserved (pages
            // are touched only as anchors are written), so the list is never copied as it grows.
            var scalars = 0
            var lineBytes = 0
            for line in text.specialLines {
                let content = text.content(ofLine: line)
                lineBytes += content.count + 1
                for index in content where buffer[index] >= 0xC0 { scalars += 1 }
            }
            anchors.reserveCapacity(scalars + 2 * text.specialLines.count)
            // The copy is at most about as long as the lines (NFKC rarely lengthens a scalar).
            bytes.reserveCapacity(lineBytes)
            for line in text.specialLines {
                appendLine(buffer, text.content(ofLine: line), cache: &cache)
            }
        }
    }

    private mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cache: inout [UInt32: [UInt8]?]) {
        let savedBytes = bytes.count
        let savedAnchors = anchors.count
        let savedChanges = changeCount
        lineStarts.append(bytes.count)
        pendingVerbatim = nil
        anchor(source: range.lowerBound..<range.lowerBound, copyLength: 0)
        var inFlag = false
        var index = range.lowerBound
        while index < range.upperBound {
            if buffer[index] < 0x80 {
                let runStart = index
                while index < range.upperBound, buffer[index] < 0x80 { index += 1 }
                inFlag = false
                appendVerbatim(buffer, runStart..<index)
                continue
            }
            let (value, length) = UTF8Scalar.decode(buffer, at: index, end: range.upperBound)
            let unit = index..<(index + length)
            index += length
            if value == UTF8Scalar.invalid {
                inFlag = false
                appendVerbatim(buffer, unit)
                continue
            }
            if value == 0x1F3F4 {
                inFlag = true
                appendVerbatim(buffer, unit)
                continue
            }
            if (0xE0000...0xE007F).contains(value) {
                let flagLetter = (0xE0030...0xE0039).contains(value) || (0xE0061...0xE007A).contains(value)
                if inFlag, flagLetter || value == 0xE007F {
                    if value == 0xE007F { inFlag = false }
                    remove(buffer, unit)
                } else if (0xE0020...0xE007E).contains(value) {
                    inFlag = false
                    appendUnit(buffer, unit, [UInt8(value - 0xE0000)], change: .decodedTag)
                } else {
                    inFlag = false
                    remove(buffer, unit)
                }
                continue
            }
            inFlag = false
            if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x2500...0x27BF).contains(value)
                || (0x1F300...0x1FAFF).contains(value) {
                // Ideographs, Hangul syllables, box drawing, symbols and emoji never change under NFKC.
                appendVerbatim(buffer, unit)
                continue
            }
            let kind = CodePointClass.of(value)
            if kind == .zeroWidth || kind == .variationSelector || kind == .bidiControl || kind == .bidiMark {
                remove(buffer, unit)
                continue
            }
            guard let scalar = Unicode.Scalar(value) else {
                flushVerbatim(buffer, upTo: unit.lowerBound)  // the unit itself is left out
                anchor(source: unit, copyLength: 0)
                continue
            }
            let properties = scalar.properties
            if properties.generalCategory == .format {
                remove(buffer, unit)
                continue
            }
            guard properties.changesWhenNFKCCaseFolded else {
                appendVerbatim(buffer, unit)
                continue
            }
            let mapped: [UInt8]?
            if let cached = cache[value] {
                mapped = cached
            } else {
                let normalized = String(Character(scalar)).precomposedStringWithCompatibilityMapping
                let utf8 = Array(normalized.utf8)
                mapped = utf8 == Array(buffer[unit]) ? nil : utf8
                cache[value] = mapped
            }
            if let mapped {
                appendUnit(buffer, unit, mapped, change: .normalized)
            } else {
                appendVerbatim(buffer, unit)
            }
        }
        if changeCount == savedChanges {
            pendingVerbatim = nil
            bytes.removeSubrange(savedBytes...)
            anchors.removeSubrange(savedAnchors...)
            lineStarts.removeLast()
            return
        }
        appendUnit(buffer, range.upperBound..<range.upperBound, [0x0A])
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
        bytes.append(contentsOf: buffer[start..<end])
    }

    private mutating func anchor(source unit: Range<Int>, copyLength: Int, change: ChangeKind? = nil) {
        var flags = UInt8(truncatingIfNeeded: change.map { $0.rawValue + 1 } ?? 0)
        if let change {
            changeCount += 1
            if let last = anchors.last, last.change == change, last.sourceEnd == unit.lowerBound {
                flags |= 4
                let index = UInt32(truncatingIfNeeded: anchors.count)
                if last.continuesRun {
                    runs[runs.count - 1].last = index
                } else {
                    runs.append((index - 1, index))
                }
            }
        }
        anchors.append(Anchor(
            copyStart: UInt32(truncatingIfNeeded: bytes.count), sourceStart: UInt32(truncatingIfNeeded: unit.lowerBound),
            copyLength: UInt8(truncatingIfNeeded: copyLength), sourceLength: UInt8(truncatingIfNeeded: unit.count),
            flags: flags))
    }

    /// The unit's bytes replaced by `output` (every byte of which maps to the whole unit).
    private mutating func appendUnit(
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
        // The last anchor at or before `offset`.
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(anchors[mid].copyStart) <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        if offset < anchor.copyEnd { return end ? anchor.sourceEnd : Int(anchor.sourceStart) }
        let position = anchor.sourceEnd + (offset - anchor.copyEnd)
        return end ? position + 1 : position
    }

    /// "removing 3 invisible characters", "decoding 28 tag characters", … for what changed in
    /// `range` of the scanned text; nil when nothing did. A run of adjacent changes of one kind
    /// counts whole when any of it overlaps `range`.
    func changeSummary(in range: Range<Int>) -> String? {
        var counts = [0, 0, 0]
        // The first anchor ending after `range.lowerBound` (anchors are in scanned-text order).
        var low = 0
        var high = anchors.count
        while low < high {
            let mid = (low + high) / 2
            if anchors[mid].sourceEnd <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < anchors.count, Int(anchors[index].sourceStart) < range.upperBound {
            guard let kind = anchors[index].change else {
                index += 1
                continue
            }
            let run = self.run(containing: index)
            counts[kind.rawValue] += run.count
            index = run.upperBound
        }
        var parts: [String] = []
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if counts[0] > 0 { parts.append("removing \(plural(counts[0], "invisible character"))") }
        if counts[1] > 0 { parts.append("decoding \(plural(counts[1], "tag character"))") }
        if counts[2] > 0 { parts.append("normalising \(plural(counts[2], "look-alike character")) (NFKC)") }
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }

    /// The anchors of the change run that anchor `index` belongs to.
    private func run(containing index: Int) -> Range<Int> {
        let continued = anchors[index].continuesRun
        let continues = index + 1 < anchors.count && anchors[index + 1].continuesRun
        guard continued || continues else { return index..<(index + 1) }
        // The last run starting at or before `index`.
        var low = 0
        var high = runs.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(runs[mid].first) <= index { low = mid } else { high = mid - 1 }
        }
        return Int(runs[low].first)..<(Int(runs[low].last) + 1)
    }
}
