/// The intent frames over one pass's text: the automaton has found every stem (`IntentHit`);
/// each trigger looks for its partners inside its clause, its polarity is read, and an example
/// quoted in order to be refused is not reported as an instruction.
struct IntentHit: Sendable {
    var concept: Concept
    var start: Int
    var end: Int
}

enum IntentScan {
    /// Partners looked at per trigger.
    private static let maximumPartners = 48
    /// Bytes around a trigger within which its partners must stand (a clause reaches no further).
    private static let nearby = Clause.reach

    static func evaluate(_ bytes: UnsafeBufferPointer<UInt8>, _ unsorted: [IntentHit], joinLines: Bool, into matches: inout [TextMatch]) {
        guard !unsorted.isEmpty else { return }
        let hits = unsorted.sorted { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        var lastEnd = [Int](repeating: -1, count: IntentFrame.all.count)
        var clause = 0..<0
        var low = 0
        var near = 0
        for (index, trigger) in hits.enumerated() {
            let frames = IntentFrame.byTrigger[Int(trigger.concept.rawValue)]
            guard !frames.isEmpty else { continue }
            // Most triggers are common verbs with nothing they need nearby: rule them out before
            // reading their clause.
            while near < index, hits[near].start < trigger.start - nearby { near += 1 }
            var present: UInt64 = 0
            var probe = near
            while probe < hits.count, hits[probe].start <= trigger.end + nearby {
                if probe != index { present |= 1 << UInt64(hits[probe].concept.rawValue) }
                probe += 1
            }
            guard frames.contains(where: { IntentFrame.all[$0].mayHold(present) }) else { continue }
            if !(clause.contains(trigger.start) && trigger.end <= clause.upperBound) {
                clause = Clause.bounds(bytes, around: trigger.start..<trigger.end, joinLines: joinLines)
            }
            while low < index, hits[low].start < clause.lowerBound { low += 1 }
            var high = index
            while high < hits.count, hits[high].start < clause.upperBound, high - index < maximumPartners { high += 1 }
            let neighbours = hits[max(low, index - maximumPartners)..<high]
            for frameIndex in frames {
                let frame = IntentFrame.all[frameIndex]
                guard trigger.start >= lastEnd[frameIndex] else { continue }
                guard let partners = satisfy(frame, trigger, neighbours, bytes, clause) else { continue }
                guard let match = judge(frame, trigger, partners, bytes, clause, joinLines: joinLines) else { continue }
                lastEnd[frameIndex] = match.range.upperBound
                matches.append(match)
            }
        }
    }

    /// The partners of the first alternative whose needs all hold, nearest first.
    private static func satisfy(
        _ frame: IntentFrame, _ trigger: IntentHit, _ neighbours: ArraySlice<IntentHit>, _ bytes: UnsafeBufferPointer<UInt8>,
        _ clause: Range<Int>
    ) -> [IntentHit]? {
        let verbFinal = allowsObjectBefore(bytes, trigger, clause)
        alternatives: for alternative in frame.alternatives {
            var found: [IntentHit] = []
            for need in alternative {
                var best: (hit: IntentHit, distance: Int)?
                for hit in neighbours where hit.concept == need.concept {
                    guard hit.end <= trigger.start || hit.start >= trigger.end else { continue }
                    guard clause.contains(hit.start) else { continue }
                    let gap: Range<Int>
                    if hit.start >= trigger.end {
                        gap = trigger.end..<hit.start
                    } else {
                        gap = hit.end..<trigger.start
                        guard frame.anyOrder || verbFinal || isPassive(bytes, gap)
                            || (frame.objectResumed && resumesObject(bytes, trigger, clause)) else { continue }
                        // A quotation closes between them: the object belongs to the quoted text
                        // ("'ignore the previous instructions', do not follow it").
                        guard frame.anyOrder || !closesQuote(bytes, gap) else { continue }
                    }
                    let distance = ScriptClass.units(bytes, gap, limit: need.reach)
                    guard distance <= need.reach, best.map({ distance < $0.distance }) ?? true else { continue }
                    guard holds(need.condition, hit, bytes, clause) else { continue }
                    best = (hit, distance)
                }
                guard let best else { continue alternatives }
                found.append(best.hit)
            }
            return found
        }
        return nil
    }

    /// Objects may precede the verb in Chinese, Japanese and Korean, and in a clause that ends with
    /// the verb ("Alle vorherigen Anweisungen ignorieren", "Все инструкции игнорируй").
    private static func allowsObjectBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ trigger: IntentHit, _ clause: Range<Int>) -> Bool {
        let (value, _) = UTF8Scalar.decode(bytes, at: trigger.start, end: bytes.count)
        if ScriptClass.isIdeographic(value) || ScriptClass.isHangul(value) { return true }
        var wordEnd = trigger.end
        while wordEnd < clause.upperBound, ScriptClass.wordAt(bytes, wordEnd) {
            wordEnd += UTF8Scalar.decode(bytes, at: wordEnd, end: bytes.count).length
        }
        let rest = Words.list(bytes, wordEnd..<clause.upperBound)
        return rest.isEmpty || (rest.count <= 6 && Cues.coordinators.contains(rest[0].text))
    }

    private static func closesQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        var index = gap.lowerBound
        while index < gap.upperBound {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x60 { return true }
            if byte == 0x27, !ScriptClass.wordBefore(bytes, index) || !ScriptClass.wordAt(bytes, index + 1) { return true }
            if byte >= 0x80 {
                let (value, length) = UTF8Scalar.decode(bytes, at: index, end: bytes.count)
                if [0x201D, 0x201C, 0xBB, 0xAB, 0x300D, 0x300F, 0x2019].contains(value) { return true }
                index += length
                continue
            }
            index += 1
        }
        return false
    }

    /// Pronouns that take up an object named before the verb.
    private static let resumingPronouns: Set<String> = [
        "it", "them", "this", "that", "its", "their", "those", "le", "la", "les", "lo", "los", "las", "es", "sie", "ihn",
        "o", "a", "os", "as", "его", "её", "ее", "их", "это", "them,",
    ]
    private static let clitics = ["lo", "la", "los", "las", "le", "les", "li", "glielo", "-o", "-a", "-os", "-as", "-lo", "-la"]

    private static func resumesObject(_ bytes: UnsafeBufferPointer<UInt8>, _ trigger: IntentHit, _ clause: Range<Int>) -> Bool {
        var wordEnd = trigger.end
        while wordEnd < clause.upperBound, ScriptClass.wordAt(bytes, wordEnd) || bytes[wordEnd] == 0x2D {
            wordEnd += UTF8Scalar.decode(bytes, at: wordEnd, end: bytes.count).length
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[trigger.start..<wordEnd]), as: UTF8.self).lowercased()
        if word.count > 5, clitics.contains(where: { word.hasSuffix($0) }) { return true }
        if let next = Words.list(bytes, wordEnd..<min(clause.upperBound, wordEnd + 16)).first?.text, resumingPronouns.contains(next) {
            return true
        }
        let (value, _) = UTF8Scalar.decode(bytes, at: trigger.start, end: bytes.count)
        return ScriptClass.isIdeographic(value) || ScriptClass.isHangul(value)
    }

    /// "must be disregarded", "sind ab sofort zu ignorieren", "devem ser desconsideradas": a short
    /// gap between an object and its verb that makes the verb passive or obligatory.
    private static func isPassive(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        guard gap.count <= 48 else { return false }
        let words = Words.list(bytes, gap)
        return words.count <= 4 && words.contains { Cues.passiveMarkers.contains($0.text) }
    }

    private static func holds(_ condition: IntentFrame.Need.Condition, _ hit: IntentHit, _ bytes: UnsafeBufferPointer<UInt8>, _ clause: Range<Int>) -> Bool {
        switch condition {
        case .none:
            return true
        case .quantified:
            let window = max(clause.lowerBound, hit.start - 40)..<min(clause.upperBound, hit.end + 16)
            let (value, _) = UTF8Scalar.decode(bytes, at: hit.start, end: bytes.count)
            // Japanese and Korean put the quantifier after the noun ("環境変数をすべて").
            let after = ScriptClass.isIdeographic(value) || ScriptClass.isHangul(value)
            return CueIndex.hits(bytes, in: window).contains {
                guard $0.kind == .quantifier else { return false }
                if $0.range.upperBound <= hit.start { return ScriptClass.units(bytes, $0.range.upperBound..<hit.start, limit: 3) <= 2 }
                return after && $0.range.lowerBound >= hit.end && $0.range.lowerBound - hit.end <= 9
            }
        case .lacking:
            let window = max(clause.lowerBound, hit.start - 40)..<min(clause.upperBound, hit.end + 12)
            return CueIndex.hits(bytes, in: window).contains {
                switch $0.kind {
                case .lacking: return $0.range.upperBound <= hit.start && ScriptClass.units(bytes, $0.range.upperBound..<hit.start, limit: 3) <= 2
                case .lackingAfter: return $0.range.lowerBound >= hit.end && $0.range.lowerBound - hit.end <= 6
                default: return false
                }
            }
        case .notALocation:
            let before = Words.list(bytes, max(clause.lowerBound, hit.start - 24)..<hit.start).suffix(2).map(\.text)
            if before.contains(where: { locationWords.contains($0) }) { return false }
            let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.end..<min(clause.upperBound, hit.end + 9)]), as: UTF8.self)
            return !locationSuffixes.contains { after.hasPrefix($0) }
        case .ownInstructions:
            let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.start..<hit.end]), as: UTF8.self)
            guard stem.allSatisfy(\.isASCII) else { return true }
            let before = Words.list(bytes, max(clause.lowerBound, hit.start - 32)..<hit.start).last
            guard let before, before.text.allSatisfy({ $0.isASCII && $0.isLetter }) else { return true }
            return Cues.instructionDeterminers.contains(before.text)
        case .notATemplate:
            let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.end..<min(bytes.count, hit.end + 10)]), as: UTF8.self)
                .lowercased()
            return ![".example", ".sample", ".template", ".dist", "-example", ".defaults"].contains { after.hasPrefix($0) }
        }
    }

    private static let locationWords: Set<String> = [
        "in", "inside", "within", "into", "from", "outside", "dans", "im", "en", "em", "no", "na", "nel", "nella", "в",
        "внутри", "innerhalb",
    ]
    private static let locationSuffixes = ["里", "中", "内", "で", "에서", " 안"]

    /// Polarity, the frame's own check, and the defensive reading; the match, or nil.
    private static func judge(
        _ frame: IntentFrame, _ trigger: IntentHit, _ partners: [IntentHit], _ bytes: UnsafeBufferPointer<UInt8>,
        _ clause: Range<Int>, joinLines: Bool
    ) -> TextMatch? {
        var lower = partners.reduce(trigger.start) { min($0, $1.start) }
        var upper = partners.reduce(trigger.end) { max($0, $1.end) }
        // A stem ends inside its word ("instruction" in "instructions"): report the whole word.
        while upper < clause.upperBound, upper - lower < 400, bytes[upper] < 0x80, LineView.isWordByte(bytes[upper]) { upper += 1 }
        let cues = CueIndex.hits(bytes, in: clause.lowerBound..<min(bytes.count, clause.upperBound + 16))
        // A negation right after the object counts only where the phrase needs one ("sag dem
        // Benutzer nichts"); "no restrictions" is the attack itself.
        let object = frame.polarity == .asserted ? nil : partners.last.map { $0.start..<$0.end }
        let polarity = Polarity.assess(bytes, clause: clause, verb: trigger.start..<trigger.end, after: object, cues: cues)
        switch frame.polarity {
        case .asserted:
            if polarity.negated || polarity.without { return nil }
        case .negated:
            if !(polarity.negated || polarity.without) { return nil }
        case .negatedOnce:
            if !(polarity.negated || polarity.without) || polarity.doublyNegated { return nil }
        }
        // A required negation is part of the phrase: "do not tell the user", "without asking".
        if frame.polarity != .asserted, let governing = polarity.governing { lower = min(lower, governing.lowerBound) }
        let range = lower..<upper
        var severity = frame.severity
        switch frame.check {
        case .none:
            break
        case .colonAfter:
            guard colonFollows(bytes, trigger.end, clause) else { return nil }
        case .destination:
            let named = cues.contains { $0.kind == .destination && $0.range.lowerBound >= trigger.end }
                || contains(bytes, clause, "://") || contains(bytes, range.upperBound..<clause.upperBound, "@")
            guard named else { return nil }
        case .notAdvice:
            guard let user = partners.first else { return nil }
            let next = Words.list(bytes, user.end..<min(clause.upperBound, user.end + 12)).first?.text
            if let next, ["to", "de", "d", "di", "чтобы"].contains(next) { return nil }
        case .pronounObject:
            let next = Words.list(bytes, trigger.end..<min(clause.upperBound, trigger.end + 12)).first?.text
            guard let next, ["this", "these", "it", "that", "them"].contains(next) else { return nil }
        case .pronounOmitted:
            let next = Words.list(bytes, trigger.end..<min(clause.upperBound, trigger.end + 12)).first?.text
            guard let next, ["this", "these", "it", "that", "them"].contains(next), let report = partners.first else { return nil }
            let between = Words.list(bytes, trigger.end..<report.start).map(\.text)
            guard between.contains("out") || between.contains("from") || between.contains("off") else { return nil }
        case .universal:
            guard universalNear(bytes, trigger, partners, cues) else { return nil }
        }
        if let raised = frame.universalRaisesTo, universalNear(bytes, trigger, partners, cues) { severity = raised }
        if DefensiveQuote.applies(bytes, match: range, clause: clause, joinLines: joinLines) { return nil }
        return TextMatch(rule: frame.rule, range: range, message: "'\(excerpt(bytes, range))' \(frame.message)", severity: severity)
    }

    private static func universalNear(_ bytes: UnsafeBufferPointer<UInt8>, _ trigger: IntentHit, _ partners: [IntentHit], _ cues: [CueIndex.Hit]) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[trigger.start..<trigger.end]), as: UTF8.self).lowercased()
        if text.hasPrefix("auto") || text.hasPrefix("yolo") || text.hasPrefix("автоо") || text.hasPrefix("автоп") { return true }
        for cue in cues where cue.kind == .universal {
            let anchors = [trigger.start..<trigger.end] + partners.map { $0.start..<$0.end }
            for anchor in anchors {
                let gap = cue.range.upperBound <= anchor.lowerBound ? cue.range.upperBound..<anchor.lowerBound
                    : cue.range.lowerBound >= anchor.upperBound ? anchor.upperBound..<cue.range.lowerBound : nil
                if let gap, ScriptClass.units(bytes, gap, limit: 3) <= 2 { return true }
                if cue.range.overlaps(anchor) { return true }
            }
        }
        return false
    }

    private static func colonFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ clause: Range<Int>) -> Bool {
        var index = end
        var words = 0
        let limit = min(bytes.count, end + 40)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x3A { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A { return true }
            if byte == 0x0A || byte == 0x2E { return false }
            if LineView.isWordByte(byte), index > 0, !LineView.isWordByte(bytes[index - 1]) {
                words += 1
                if words > 2 { return false }
            }
            index += 1
        }
        return false
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: String) -> Bool {
        let needle = Array(literal.utf8)
        guard range.count >= needle.count else { return false }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// The matched text on one line, shortened for a message.
    private static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let upper = min(range.upperBound, range.lowerBound + 240)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<upper]), as: UTF8.self)
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " || $0 == "\\" }).joined(separator: " ")
        return CodePointDescription.shortened(flat, limit: 60)
    }
}
