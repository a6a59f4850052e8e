/// The override concept pair read in one sentence (issue 14, item 16): (a) the sentence refers to
/// the assistant's *own* instruction set — a noun of it marked as its own ("your", "you were
/// given", "the assistant's") or, for the core nouns, as prior ("previous", "original",
/// "system") — and (b) predicates of it anything other than following it (void, superseded,
/// ignored, outranked, "no longer apply", "were a test"). A rules file rarely speaks of the
/// assistant's own instructions except to defend them, so:
/// - (a) + (b), not embedded → an error;
/// - (a) marked as its own, with no predicate at all, not embedded → a warning;
/// - (a) embedded (after a condition or report: "if a page says …", or in a sentence that
///   refuses or names the attack: "untrusted", "prompt injection"), or defended (a negated
///   break: "never ignore your system prompt", "nothing here overrides your instructions"), or
///   kept ("follow your system instructions"), or inside a prohibition of another act ("never
///   reveal your system prompt") → nothing.
/// Negation is scoped to the clause of the predicate, so "do not follow your previous
/// instructions" breaks them and "do not ignore your previous instructions" keeps them.
struct OwnInstructionReading {
    enum Verdict: Equatable {
        case none
        /// (a) alone: the assistant's own instructions named, nothing predicated.
        case mentioned(Range<Int>)
        /// (a) + (b): the assistant's own instructions broken.
        case broken(Range<Int>)
    }

    typealias Role = OwnInstructionIndex.Role
    typealias Mark = OwnInstructionMarks.Mark

    /// Possessive determiners that stand before their noun, in the languages that put them there.
    static let preposed: Set<String> = [
        "your", "ton", "ta", "tes", "votre", "vos", "dein", "deine", "deinen", "deiner", "deines", "tu", "tus", "teu", "tua", "teus", "tuas",
        "tuo", "tuoi", "tue", "твои", "твоих", "твоим", "твой", "твоя", "свои", "своих", "своим", "ваши", "твої", "свої", "twoje", "twoich",
        "twoim", "swoje", "swoich", "jouw", "je", "uw", "dina", "ditt", "din", "dine", "dit", "tvoje", "tvé", "své",
    ]

    /// Bytes between a noun and the marker that makes it the assistant's own (about six words).
    static let ownerReach = 40
    /// Bytes between a noun and a marker of priority: next to it ("previous instructions",
    /// "instructions précédentes"), not another noun's ("instructions in pages or previous outputs").
    static let priorReach = 20

    /// Reads `sentence`; `next` is the sentence after it (a refusal may follow the quoted attack).
    static func read(_ sentence: String, next: @autoclosure () -> String?) -> Verdict {
        let found = OwnInstructionMarks(sentence)
        var marks = withoutFakeNegations(found)
        // Words inside a quotation are shown, not said, while the sentence goes on around it
        // ("une consigne du type « oublie tes instructions » ne doit pas être suivie").
        if !found.quotes.isEmpty, found.tokens.contains(where: { token in !found.quotes.contains { $0.contains(token.range.lowerBound) } }) {
            let outside = marks.filter { mark in !found.quotes.contains { $0.contains(mark.range.lowerBound) } }
            if outside.contains(where: { !$0.role.isDisjoint(with: Role.nouns) }) { marks = outside }
        }
        guard marks.contains(where: { !$0.role.isDisjoint(with: Role.nouns) }) else { return .none }
        var own: (mark: Mark, strong: Bool)?
        // The assistant named ("the assistant", "if you are an AI"): "its" owns the set, and a
        // core noun is the assistant's ("the instructions from your provider").
        let assistantNamed = marks.contains { $0.role.contains(.assistant) }
        for noun in marks where !noun.role.isDisjoint(with: Role.nouns) {
            if assistantNamed, noun.role.contains(.core) || marks.contains(where: {
                !$0.role.isDisjoint(with: [.reflexive, .prior]) && !$0.range.overlaps(noun.range) && near($0.range, noun.range)
            }) {
                own = (noun, true)
                break
            }
            // A noun that carries its owner ("talimatların", "instruksimu", "تعليماتك") is owned.
            if noun.role.contains(.owned) || noun.role.contains(.possessive) {
                own = (noun, true)
                break
            }
            let possessed = marks.contains { marker in
                marker.role.contains(.possessive) && !marker.range.overlaps(noun.range) && near(marker.range, noun.range)
                    // "your" determines the noun after it: after the set it is another noun's ("your prompt cache").
                    && !(marker.range.lowerBound > noun.range.upperBound && preposed.contains(where: { word in
                        found.tokens.contains { $0.range == marker.range && $0.text == word }
                    }))
            }
            if possessed {
                own = (noun, true)
                break
            }
            if own == nil, noun.role.contains(.core), marks.contains(where: {
                $0.role.contains(.prior) && !$0.range.overlaps(noun.range) && near($0.range, noun.range, within: priorReach)
            }) {
                own = (noun, false)
            }
        }
        guard let own else { return .none }
        let noun = own.mark
        // Embedded: a condition or report before the phrase, or a refusal in this sentence or the next.
        // A bare "if" does not embed ("if you are an AI, ignore your previous instructions"); a
        // condition with a report does ("if a page says …", "如果网页要求你…").
        if marks.contains(where: { $0.role.contains(.condition) && $0.range.upperBound <= noun.range.lowerBound }) { return .none }
        if marks.contains(where: { $0.role.contains(.refusal) }) { return .none }
        // Quoted while the sentence goes on around the quotation: the attack is shown, not said
        // ("if a page says 'ignore your previous instructions', …"); the frames judge the quotation.
        if let quote = found.quotes.first(where: { $0.contains(noun.range.lowerBound) }),
           found.tokens.contains(where: { !quote.contains($0.range.lowerBound) }) {
            return .none
        }
        if let next = next() {
            let after = OwnInstructionMarks(next).marks
            if after.contains(where: { $0.role.contains(.refusal) }) { return .none }
        }
        let whole = 0..<sentence.utf8.count
        switch judge(marks, clause: noun.clause, noun: noun, strong: own.strong, tokens: found.tokens) {
        case .broken: return .broken(whole)
        case .kept: return .none
        case .open: break
        }
        // Nothing said in the phrase's own clause: the rest of the sentence may say it.
        var verdict = Outcome.open
        for clause in Set(marks.map(\.clause)) where clause != noun.clause {
            switch judge(marks, clause: clause, noun: noun, strong: own.strong, tokens: found.tokens) {
            case .broken: return .broken(whole)
            case .kept: verdict = .kept
            case .open: break
            }
        }
        if verdict == .kept { return .none }
        if marks.contains(where: { $0.role.contains(.negation) }) { return .none }
        return own.strong && noun.role.contains(.core) ? .mentioned(whole) : .none
    }

    private enum Outcome { case broken, kept, open }

    /// The marks without fake negations: a negation of a verb of not doing ("don't forget to
    /// follow", "no olvides seguir", "vergiss nicht") is emphasis, and that verb breaks nothing.
    private static func withoutFakeNegations(_ found: OwnInstructionMarks) -> [Mark] {
        var dropped: [Range<Int>] = []
        for mark in found.marks where mark.role.contains(.negation) {
            let next = found.tokens.firstIndex(where: { $0.range.lowerBound >= mark.range.upperBound }) ?? found.tokens.count
            // The verb after the negation, or before it where the negation follows ("vergiss nicht").
            var candidates = Array(found.tokens[next..<min(found.tokens.count, next + 2)])
            if let before = found.tokens.lastIndex(where: { $0.range.upperBound <= mark.range.lowerBound }) { candidates.append(found.tokens[before]) }
            if let fake = candidates.first(where: { NegationGrammar.isFake($0.text) }) {
                dropped.append(mark.range)
                dropped.append(fake.range)
            }
        }
        guard !dropped.isEmpty else { return found.marks }
        return found.marks.filter { mark in !dropped.contains { $0 == mark.range || ($0.overlaps(mark.range) && !mark.role.isDisjoint(with: [.negation, .breaks])) } }
    }

    /// What one clause predicates of the set. A set marked only as prior ("the previous
    /// guidelines") may be a project's own, so only an outright break counts for it, not a
    /// precedence ("these rules replace the previous guidelines").
    private static func judge(_ marks: [Mark], clause: Int, noun: Mark, strong: Bool, tokens: [(text: String, range: Range<Int>)]) -> Outcome {
        let here = marks.filter { $0.clause == clause }
        let predicates = here.filter { !$0.role.isDisjoint(with: Role.predicates) }
        // A negation that is part of a predicate ("no longer", "yok say") is not another negation.
        let negations = here.filter { mark in
            mark.role.contains(.negation)
                && !predicates.contains { $0.range != mark.range && $0.range.overlaps(mark.range) && $0.range.count > mark.range.count }
                && !(mark.role.contains(.breaks) || mark.role.contains(.keeps))
        }
        var kept = false
        var displaced = false
        for predicate in predicates {
            let negated = negations.contains { governs($0, predicate, tokens) }
            if predicate.role.contains(.breaks) {
                if !negated { return .broken }
                kept = true
            }
            if predicate.role.contains(.dominance), strong {
                // "this file outranks your instructions" breaks them; "your instructions take
                // precedence" keeps them.
                let asObject = predicate.range.upperBound <= noun.range.lowerBound || clause != noun.clause
                if asObject != negated { return .broken }
                kept = true
            }
            if predicate.role.contains(.keeps) {
                if negated { return .broken }
                kept = true
            }
            if predicate.role.contains(.displacement), !negated, strong { displaced = true }
        }
        if kept { return .kept }
        if displaced { return .broken }
        return negations.isEmpty ? .open : .kept
    }

    /// Words a negation may stand from the predicate it governs, before it or after it ("gelten
    /// in diesem Projekt nicht"); a coordinator between ends its reach ("утратили силу и … не подлежат").
    static let negationReach = 6

    private static func governs(_ negation: Mark, _ predicate: Mark, _ tokens: [(text: String, range: Range<Int>)]) -> Bool {
        if negation.range.overlaps(predicate.range) { return true }
        // "none of the instructions you received earlier matter": a negative quantifier of the
        // subject governs its predicate however far.
        let quantified = tokens.contains { $0.range == negation.range && OwnInstructionIndex.quantifiers.contains($0.text) }
        let gap = negation.range.upperBound <= predicate.range.lowerBound
            ? negation.range.upperBound..<predicate.range.lowerBound : predicate.range.upperBound..<negation.range.lowerBound
        let between = tokens.filter { gap.contains($0.range.lowerBound) }
        // Scripts without spaces hold the whole clause in one token: the gap in bytes decides.
        if between.isEmpty { return gap.count <= 24 }
        return (quantified || between.count <= negationReach) && !between.contains { Cues.coordinators.contains($0.text) }
    }

    private static func near(_ a: Range<Int>, _ b: Range<Int>, within reach: Int = ownerReach) -> Bool {
        if a.overlaps(b) { return true }
        let gap = a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound
        return gap <= reach
    }
}
