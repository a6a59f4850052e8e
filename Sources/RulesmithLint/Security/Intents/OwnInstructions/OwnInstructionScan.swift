import RulesmithText

/// Finds the sentences worth reading for the override concept pair — those holding a noun of an
/// instruction set, found by the automaton the heuristics already run (`Concept.ownNoun`) — and
/// reports what `OwnInstructionReading` makes of each: an error when the assistant's own
/// instructions are broken.
enum OwnInstructionScan {
    static let brokenMessage = "says the instructions the assistant was given no longer bind it (prompt injection)"

    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, anchors: [AnchorHit], wide: [IntentHit], joinLines: Bool, into matches: inout [TextMatch]
    ) {
        let bit: UInt64 = 1 << UInt64(Concept.ownNoun.rawValue)
        let masks = IntentKeywords.anchorMasks
        var starts: [Int] = []
        for hit in anchors where masks[hit.anchor] & bit != 0 {
            var stems: [IntentHit] = []
            IntentKeywords.stems(at: hit.start, anchor: hit.anchor, bytes, into: &stems)
            if stems.contains(where: { $0.concept == .ownNoun }) { starts.append(hit.start) }
        }
        for hit in wide where hit.concept == .ownNoun { starts.append(hit.start) }
        guard !starts.isEmpty else { return }
        starts.sort()
        let gate = OwnInstructionGate.shared
        var readUpTo = -1
        for start in starts where start >= readUpTo {
            let sentence = Clause.bounds(bytes, around: start..<min(bytes.count, start + 1), joinLines: joinLines)
            readUpTo = max(sentence.upperBound, start + 1)
            guard sentence.count >= 4 else { continue }
            // Most sentences that name a noun of a set say nothing of the assistant's own set:
            // they are let go on a look at their bytes, before a string or a word list is made.
            let raw = UnsafeBufferPointer(rebasing: bytes[sentence])
            let ascii = ByteScan.firstNonASCII(in: raw, from: 0, to: raw.count) == raw.count
            if ascii, !OwnInstructionGate.mayBreak(gate.roles(raw)) { continue }
            var text = String(decoding: raw, as: UTF8.self).lowercased()
            if !ascii, !OwnInstructionGate.mayBreak(text.withUTF8 { gate.roles($0) }) { continue }
            // The next sentence is read only for a sentence that names the assistant's own set.
            let next: () -> String? = {
                guard sentence.upperBound + 1 < bytes.count else { return nil }
                let after = Clause.bounds(bytes, around: (sentence.upperBound + 1)..<(sentence.upperBound + 2), joinLines: joinLines)
                guard after.count > 1 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[after]), as: UTF8.self).lowercased()
            }
            let range = trimmed(bytes, sentence)
            switch OwnInstructionReading.read(text, next: next()) {
            case .none:
                continue
            case .broken:
                matches.append(TextMatch(rule: .override, range: range, message: "'\(excerpt(bytes, range))' \(brokenMessage)", severity: .error))
            case .mentioned:
                // Not reported: measured on the corpora, naming the assistant's own rules with
                // nothing said of them warned in 4 of 126 real rules files ("prefer them over your
                // built-in tools", "add your custom rules here"), and rules files must stay quiet.
                continue
            }
        }
    }

    /// The sentence without the spaces and list marks around it.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, [0x20, 0x09, 0x0A, 0x0D, 0x2D, 0x2A, 0x3E, 0x23].contains(bytes[lower]) { lower += 1 }
        while upper > lower, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[upper - 1]) { upper -= 1 }
        return lower..<max(lower + 1, upper)
    }

    private static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let upper = min(range.upperBound, range.lowerBound + 240)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<upper]), as: UTF8.self)
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " || $0 == "\\" }).joined(separator: " ")
        return CodePointDescription.shortened(flat, limit: 60)
    }
}
