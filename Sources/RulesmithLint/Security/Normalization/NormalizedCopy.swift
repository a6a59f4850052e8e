import Foundation

/// The second text the heuristics read: only the lines that normalisation changes, with NFKC applied
/// per scalar, format (Cf) and zero-width characters and variation selectors removed, and tag
/// characters decoded to ASCII. Keeps a map back to the scanned text and a record of what changed.
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

    enum ChangeKind: Int {
        case removed, decodedTag, normalized
    }

    private struct Change {
        var sourceStart: Int
        var sourceEnd: Int
        var kind: ChangeKind
        var count: Int
    }

    var isEmpty: Bool { bytes.isEmpty }

    init(_ text: SecurityText) {
        guard !text.specialLines.isEmpty else { return }
        var cache: [UInt32: [UInt8]?] = [:]
        text.source.bytes.withUnsafeBufferPointer { buffer in
            for line in text.specialLines {
                appendLine(buffer, text.content(ofLine: line), cache: &cache)
            }
        }
    }

    private mutating func appendLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cache: inout [UInt32: [UInt8]?]) {
        let savedBytes = bytes.count
        let savedSegments = segments.count
        let savedChanges = changes.count
        lineStarts.append(bytes.count)
        pendingVerbatim = nil
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
                    record(buffer, unit, .removed)
                } else if (0xE0020...0xE007E).contains(value) {
                    inFlag = false
                    appendUnit(buffer, unit, [UInt8(value - 0xE0000)])
                    record(buffer, unit, .decodedTag)
                } else {
                    inFlag = false
                    record(buffer, unit, .removed)
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
                record(buffer, unit, .removed)
                continue
            }
            guard let scalar = Unicode.Scalar(value) else {
                flushVerbatim(buffer, upTo: unit.lowerBound)  // the unit itself is left out
                continue
            }
            let properties = scalar.properties
            if properties.generalCategory == .format {
                record(buffer, unit, .removed)
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
                appendUnit(buffer, unit, mapped)
                record(buffer, unit, .normalized)
            } else {
                appendVerbatim(buffer, unit)
            }
        }
        if changes.count == savedChanges {
            pendingVerbatim = nil
            bytes.removeSubrange(savedBytes...)
            segments.removeSubrange(savedSegments...)
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
        var counts = [0, 0, 0]
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
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }
}
