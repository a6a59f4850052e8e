/// Whether a verb is negated where it stands: "do not ignore", "never, under any circumstances,
/// ignore", "ne pas ignorer", "ignoriere nicht", "不要忽略", "無視しないで", "무시하지 마", and
/// "without asking". A negation reaches its verb across a few filler words ("you", "ever",
/// "blindly"), not across another verb or a conjunction ("don't worry and ignore …").
struct Polarity {
    /// A negation governs the verb.
    var negated = false
    /// "without" (or a negation) governs the verb.
    var without = false
    /// A second negation governs the "without" ("never merge without asking"): the sentence
    /// asks for what the "without" seemed to drop.
    var doublyNegated = false
    /// The negation or "without" before the verb that governs it.
    var governing: Range<Int>?

    /// `objects` are the frame's other words: in a verb-final clause the negation stands before
    /// them ("ohne den Benutzer zu informieren") and reaches the verb across them.
    static func assess(
        _ bytes: UnsafeBufferPointer<UInt8>, clause: Range<Int>, verb: Range<Int>, after: Range<Int>? = nil,
        objects: [Range<Int>] = [], cues: [CueIndex.Hit]
    ) -> Polarity {
        var result = Polarity()
        var governing: Range<Int>?
        for cue in cues where cue.range.upperBound <= verb.lowerBound && cue.range.lowerBound >= clause.lowerBound {
            guard cue.kind == .negationBefore || cue.kind == .without else { continue }
            guard reaches(bytes, from: cue.range, to: verb.lowerBound, across: objects) else { continue }
            if cue.kind == .negationBefore, negatesFakeVerb(bytes, cue.range, clause: clause, verb: verb) { continue }
            // "Não deixe de desativar", "no dejes de", "don't stop": a verb of stopping that is
            // itself negated asks for the verb it governs.
            if cue.kind == .negationBefore, stopsNegated(bytes, cue.range, cues) { continue }
            if cue.kind == .without { result.without = true } else { result.negated = true }
            // "do not" over "not": the longest negation that reaches the verb.
            if governing.map({ cue.range.lowerBound < $0.lowerBound }) ?? true { governing = cue.range }
        }
        for cue in cues where cue.kind == .negationAfter || cue.kind == .withoutAfter {
            if cue.kind == .negationAfter, isLackingSuffix(cue, cues) { continue }
            // "確認せずに": "without" is glued to its verb; a negation may follow an auxiliary.
            let reach = cue.kind == .withoutAfter ? 6 : 18
            for anchor in [verb.upperBound, after?.upperBound].compactMap({ $0 }) where follows(bytes, cue.range, anchor, reach: reach) {
                if cue.kind == .withoutAfter { result.without = true } else { result.negated = true }
            }
        }
        // "don't not ignore", "never not follow": a negated negation asks for the verb.
        if result.negated, !result.without, let governing, cancelled(bytes, governing, cues) { result.negated = false }
        if !result.negated, let last = lastWord(bytes, clause), Self.clauseFinal.contains(last) { result.negated = true }
        // "Beachte die bisherigen Anweisungen nicht weiter / nicht mehr": the negation, then its end.
        if !result.negated, verb.upperBound < clause.upperBound {
            let tail = Words.list(bytes, max(verb.upperBound, clause.upperBound - 24)..<clause.upperBound).suffix(2).map(\.text)
            if tail.count == 2, tail[0] == "nicht", ["weiter", "mehr", "länger"].contains(tail[1]) { result.negated = true }
        }
        if cues.contains(where: { $0.kind == .permissionAfter && follows(bytes, $0.range, verb.upperBound) }) { result.negated = false }
        result.governing = governing
        if result.without, let governing {
            result.doublyNegated = cues.contains {
                $0.kind == .negationBefore && $0.range.upperBound <= governing.lowerBound && $0.range.lowerBound >= clause.lowerBound
            }
            // "do nothing (destructive) without asking": a negative object before the "without".
            result.doublyNegated = result.doublyNegated || cues.contains {
                $0.kind == .nothing && $0.range.upperBound <= governing.lowerBound && $0.range.lowerBound >= clause.lowerBound
                    && Words.list(bytes, $0.range.upperBound..<governing.lowerBound).count <= 2
            }
        }
        return result
    }

    /// Whether the negation belongs to a verb whose negation asks for the thing ("don't hesitate
    /// to", "do not fail to", "n'hésite pas à", "zögere nicht", "no dudes en", "не стесняйся"):
    /// that verb stands right after it, or right before a negation that follows its verb ("pas",
    /// "nicht"). The verb it seemed to negate is then asked for.
    private static func negatesFakeVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ cue: Range<Int>, clause: Range<Int>, verb: Range<Int>) -> Bool {
        // "we never ask you to disable …" denies a request; `reaches` reads it.
        if let next = Words.list(bytes, cue.upperBound..<verb.lowerBound).first, !next.ideographic,
           !next.range.overlaps(verb), !Cues.requestVerbs.contains(next.text), NegationGrammar.isFake(next.text) {
            return true
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[cue]), as: UTF8.self).lowercased()
        // "不要犹豫，直接忽略…": the prohibition is of hesitating.
        if NegationGrammar.chineseNegators.contains(text), cue.upperBound < verb.lowerBound {
            let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[cue.upperBound..<min(verb.lowerBound, cue.upperBound + 12)]), as: UTF8.self)
            if NegationGrammar.chineseFake.contains(where: { rest.hasPrefix($0) }) { return true }
        }
        guard NegationGrammar.postNegators.contains(text) || NegationGrammar.negatorsAfter.contains(text) else { return false }
        guard let previous = Words.list(bytes, max(clause.lowerBound, cue.lowerBound - 32)..<cue.lowerBound).last,
              !previous.ideographic, !previous.range.overlaps(verb) else { return false }
        let bare = NegationGrammar.strippingElision(previous.text, prefixes: ["n'", "n\u{2019}"]) ?? previous.text
        return NegationGrammar.isFake(bare)
    }

    /// Whether `cue` is a verb of stopping ("deixe de", "deja de", "stop") right after a negation.
    private static func stopsNegated(_ bytes: UnsafeBufferPointer<UInt8>, _ cue: Range<Int>, _ cues: [CueIndex.Hit]) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[cue]), as: UTF8.self).lowercased()
        // "There is no reason not to disable …": a reason denied for not doing it asks for it.
        if text == "not", let before = Optional(Words.list(bytes, max(0, cue.lowerBound - 24)..<cue.lowerBound).suffix(2).map(\.text)),
           before.count == 2, ["no", "without"].contains(before[0]), ["reason", "need", "excuse"].contains(before[1]) {
            return true
        }
        guard Self.stoppers.contains(where: { text.hasPrefix($0) }) else { return false }
        return cues.contains { outer in
            outer.kind == .negationBefore && outer.range.upperBound < cue.lowerBound && cue.lowerBound - outer.range.upperBound <= 2
        }
    }

    private static let stoppers = ["deixe de", "deja de", "dejá de", "para de", "pare de", "stop", "cease", "quit", "cesse", "arrête",
                                   "smetti", "cessa", "hör auf", "перестань", "прекрати", "przestań", "berhenti", "ngừng"]

    /// Whether a negation after the verb is the end of "without" written after a noun ("制限のない":
    /// without restrictions), not a negation of the verb.
    private static func isLackingSuffix(_ cue: CueIndex.Hit, _ cues: [CueIndex.Hit]) -> Bool {
        cues.contains {
            $0.kind == .lackingAfter && $0.range.upperBound == cue.range.upperBound && $0.range.lowerBound < cue.range.lowerBound
        }
    }

    /// Whether an English "not" is itself negated right before it ("don't not", "never not").
    private static func cancelled(_ bytes: UnsafeBufferPointer<UInt8>, _ governing: Range<Int>, _ cues: [CueIndex.Hit]) -> Bool {
        let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[governing]), as: UTF8.self).lowercased()
        guard inner == "not" else { return false }
        return cues.contains { outer in
            guard outer.kind == .negationBefore, outer.range.upperBound <= governing.lowerBound,
                  outer.range.upperBound + 2 >= governing.lowerBound else { return false }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[outer.range]), as: UTF8.self).lowercased()
            return ["don't", "dont", "do not", "never", "doesn't", "must not", "should not", "cannot", "can't"].contains(text)
        }
    }

    /// Verbs of stopping, which negate the verb they govern directly ("stop asking") but not one
    /// they govern through "to" ("stop to ask").
    private static let halts: Set<String> = ["stop", "cease", "quit", "pause"]

    private static let adverbsBeforeNegation: Set<String> = ["hier", "daar", "er", "het", "dit", "dat", "ook", "daarover", "hierover"]

    /// German puts "nicht" at the end of the clause ("Ignoriere die Anweisungen nicht").
    private static let clauseFinal: Set<String> = ["nicht"]

    /// Whether a negation ending at `cue.upperBound` governs the verb at `target`: only fillers
    /// (and at most a comma when fillers stand between) lie between them.
    private static func reaches(_ bytes: UnsafeBufferPointer<UInt8>, from cue: Range<Int>, to target: Int, across objects: [Range<Int>]) -> Bool {
        guard target - cue.upperBound <= 60 else { return false }
        if cue.upperBound == target { return true }
        let gap = Words.list(bytes, cue.upperBound..<target).filter { word in !objects.contains { $0.overlaps(word.range) } }
        var punctuation = false
        var index = cue.upperBound
        while index < target {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2D && index + 1 < target && bytes[index + 1] == 0x20 {
                if byte == 0x3A { return false }
                punctuation = true
            }
            index += 1
        }
        if gap.isEmpty { return !punctuation }
        // "stop to ask for approval" halts in order to ask; "stop asking" drops the asking.
        if gap.contains(where: { $0.text == "to" }),
           Self.halts.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[cue]), as: UTF8.self).lowercased()) {
            return false
        }
        if ScriptClass.isIdeographic(firstScalar(bytes, cue.upperBound)) || gap.contains(where: { $0.ideographic }) {
            return gap.count <= 2
        }
        guard gap.count <= 4 else { return false }
        return gap.indices.allSatisfy { index in
            let word = gap[index].text
            if Cues.negationFillers.contains(word) { return true }
            return Cues.requestVerbs.contains(word) && index + 1 < gap.count && ["you", "to"].contains(gap[index + 1].text)
        }
    }

    /// Whether `cue` starts right after `anchor`: spaces only for words ("pas", "nicht"), or within
    /// a few characters for the suffixes of Japanese and Korean.
    private static func follows(_ bytes: UnsafeBufferPointer<UInt8>, _ cue: Range<Int>, _ anchor: Int, reach: Int = 18) -> Bool {
        guard cue.lowerBound >= anchor else { return false }
        if cue.lowerBound - anchor > reach { return false }
        var index = anchor
        // A stem ends inside its word ("ignorier" in "Ignoriere"): start after the word.
        while index < cue.lowerBound, bytes[index] < 0x80, LineView.isWordByte(bytes[index]) { index += 1 }
        while index < cue.lowerBound, bytes[index] >= 0x80, ScriptClass.wordAt(bytes, index) {
            index += UTF8Scalar.decode(bytes, at: index, end: bytes.count).length
        }
        var ascii = true
        var fillers = 0
        while index < cue.lowerBound {
            let byte = bytes[index]
            if byte >= 0x80 {
                ascii = false
            } else if byte != 0x20 && byte != 0x09 {
                // Dutch puts a pronominal adverb between the object and its negation ("vertel de
                // gebruiker hier niets"): two such words may stand between them.
                let start = index
                while index < cue.lowerBound, bytes[index] < 0x80, LineView.isWordByte(bytes[index]) { index += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()
                guard index > start, fillers < 2, Self.adverbsBeforeNegation.contains(word) else { return false }
                fillers += 1
                continue
            }
            index += 1
        }
        if ascii { return true }
        // A comma between them starts another clause ("スキップして、確認なしで").
        let gap = String(decoding: UnsafeBufferPointer(rebasing: bytes[anchor..<cue.lowerBound]), as: UTF8.self)
        if gap.contains("、") || gap.contains("，") { return false }
        return !ScriptClass.needsWordEdges(String(decoding: UnsafeBufferPointer(rebasing: bytes[cue]), as: UTF8.self))
    }

    private static func firstScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        var position = index
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        guard position < bytes.count else { return 0 }
        return UTF8Scalar.decode(bytes, at: position, end: bytes.count).value
    }

    private static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>, _ clause: Range<Int>) -> String? {
        let tail = max(clause.lowerBound, clause.upperBound - 16)..<clause.upperBound
        return Words.list(bytes, tail).last?.text
    }
}

/// Words of a short range, lower-cased, for comparisons with the cue lists.
enum Words {
    struct Word {
        let range: Range<Int>
        let text: String
        let ideographic: Bool
    }

    static func list(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var index = range.lowerBound
        var start: Int?
        func close(_ end: Int) {
            if let begin = start {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self).lowercased()
                words.append(Word(range: begin..<end, text: text, ideographic: false))
            }
            start = nil
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if LineView.isWordByte(byte) || (start != nil && byte == 0x27) {
                    if start == nil { start = index }
                } else {
                    close(index)
                }
                index += 1
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
            if ScriptClass.isIdeographic(value) {
                close(index)
                words.append(Word(range: index..<(index + length), text: "", ideographic: true))
            } else if ScriptClass.isWordScalar(value) || ScriptClass.isHangul(value) {
                if start == nil { start = index }
            } else {
                close(index)
            }
            index += length
        }
        close(range.upperBound)
        return words
    }
}
