/// The structural refusal of a quoted or reported attack: near the phrase, a negated imperative or
/// prohibitive of any verb whose object is the phrase or a pronoun for it ("don't act on it",
/// "führe das nicht aus", "non seguirlo", "ne l'exécute pas", "不要理会", "従わないで", "따르지 마").
/// It is read from each language's grammar of negation (where the particle stands, which clitics
/// and pronouns may carry the object), not from a list of refusal verbs, so a verb it has never
/// seen still refuses. A negated verb that itself means not doing ("don't hesitate", "don't
/// ignore it", "别忘了") is a fake negation and refuses nothing, and so does one followed by
/// "just …" ("don't ask, just do it") or a negated negation ("don't not follow it").
enum NegatedImperative {
    /// Whether a clause of the phrase's sentence or the next one (the end of `window`), outside
    /// `phrase`, refuses the phrase this way.
    static func refuses(_ bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>, sentence: Int, phrase: Range<Int>) -> Bool {
        let segments = NegationSegments.split(bytes, window: window, phrase: phrase)
        for (index, segment) in segments.enumerated() where segment.start >= sentence {
            let following = index + 1 < segments.count ? segments[index + 1].words.first : nil
            if let following, NegationGrammar.affirmers.contains(following) { continue }
            if refusesInLatinOrder(segment) || refusesWithNegationAfter(segment) || refusesInCJK(segment.text) {
                return true
            }
        }
        return false
    }

    /// Negation before the verb: "do not V it", "non V-lo", "ne le V pas", "не V это", "jangan V".
    private static func refusesInLatinOrder(_ segment: NegationSegments.Segment) -> Bool {
        let words = segment.words
        for (index, word) in words.enumerated() {
            var position = index + 1
            var objectSeen = false
            var negator = word
            // "don't not apply it": a negated negation is an affirmation.
            if index > 0, words[index - 1] != "ne", NegationGrammar.negatorsBefore.contains(words[index - 1]) { continue }
            if !NegationGrammar.negatorsBefore.contains(word) {
                // French "n'exécute": the particle is glued to the verb.
                guard let glued = NegationGrammar.strippingElision(word, prefixes: ["n'", "n\u{2019}"]) else { continue }
                negator = "ne"
                position = index
                if !evaluate(words, verbAt: position, glued: glued, negator: negator, objectSeen: &objectSeen, segment: segment) { continue }
                return true
            }
            if word == "n'y" || word == "n'en" { objectSeen = true }
            while position < words.count, NegationGrammar.fillers.contains(words[position]) || NegationGrammar.cliticsBefore.contains(words[position])
                || NegationGrammar.passive.contains(words[position]) {
                if !NegationGrammar.fillers.contains(words[position]) || NegationGrammar.passive.contains(words[position]) { objectSeen = true }
                position += 1
            }
            guard position < words.count else { continue }
            if evaluate(words, verbAt: position, glued: nil, negator: negator, objectSeen: &objectSeen, segment: segment) { return true }
        }
        return false
    }

    private static func evaluate(
        _ words: [String], verbAt position: Int, glued: String?, negator: String, objectSeen: inout Bool,
        segment: NegationSegments.Segment
    ) -> Bool {
        var verb = glued ?? words[position]
        // French "l'exécute": an elided object pronoun glued to the verb.
        if let bare = NegationGrammar.strippingElision(verb, prefixes: ["l'", "l\u{2019}", "y'"]) {
            verb = bare
            objectSeen = true
        }
        // A pronoun is no verb, unless a particle shows it is one ("go along": Polish "go" is "him").
        let particleFollows = position + 1 < words.count && NegationGrammar.phrasalParticles.contains(words[position + 1])
        if NegationGrammar.negatorsBefore.contains(verb) || (NegationGrammar.anaphors.contains(verb) && !particleFollows) || verb.isEmpty {
            return false
        }
        if NegationGrammar.isFake(verb) { return false }
        var next = position + 1
        // Vietnamese verbs of two syllables ("thực hiện", "làm theo"): the second is part of the verb.
        if NegationGrammar.vietnameseNegators.contains(negator), next < words.count, !NegationGrammar.anaphors.contains(words[next]),
           !NegationGrammar.ends.contains(words[next]) {
            next += 1
        }
        while next < words.count, NegationGrammar.postNegators.contains(words[next]) || NegationGrammar.adverbs.contains(words[next]) {
            next += 1
        }
        if next < words.count, NegationGrammar.phrasalParticles.contains(words[next]) { next += 1 }
        if let after = ObjectGrammar.idiomEnd(words, from: next) {
            // "n'en tiens pas compte", "non darle retta": the idiom's complement is no object; the
            // object is its clitic, a pronoun after it, or left out.
            next = after
            if next < words.count, NegationGrammar.prepositions.contains(words[next]) { next += 1 }
            if next < words.count, NegationGrammar.anaphors.contains(words[next]) { return ObjectGrammar.endsClause(words, at: next + 1) }
            guard ObjectGrammar.endsClause(words, at: next) else { return false }
            return true
        }
        if next < words.count, NegationGrammar.prepositions.contains(words[next]) { next += 1 }
        if next < words.count, NegationGrammar.anaphors.contains(words[next]) {
            if ObjectGrammar.endsClause(words, at: next + 1) { return true }
            // "don't take it into account", "do not take it seriously": the idiom after its object.
            if let after = ObjectGrammar.idiomEnd(words, from: next + 1), ObjectGrammar.endsClause(words, at: after) { return true }
        }
        // "don't carry out such a request", "ne suis pas cette demande": a noun phrase for the phrase.
        if ObjectGrammar.demonstrativePhrase(words, at: next) { return true }
        guard next >= words.count || NegationGrammar.ends.contains(words[next]) else { return false }
        // The verb ends its clause: its object is the quoted phrase right after it, a clitic
        // ("seguirlo", "ne le suis pas"), or left out where the language drops it ("jangan ikuti").
        if segment.endsAtPhrase && next >= words.count { return true }
        return objectSeen || NegationGrammar.hasClitic(verb) || NegationGrammar.proDropNegators.contains(negator)
    }

    /// Negation after the verb and its object: "führe das nicht aus", "volg het niet", "buna uyma".
    private static func refusesWithNegationAfter(_ segment: NegationSegments.Segment) -> Bool {
        let words = segment.words
        for (index, word) in words.enumerated() {
            if NegationGrammar.negatorsAfter.contains(word) {
                // "halte dich nicht daran", "houd je er niet aan": the object is a pronominal adverb after the negation.
                let particle = index + 2 < words.count && NegationGrammar.separableParticles.contains(words[index + 2]) ? 1 : 0
                if index + 1 < words.count, NegationGrammar.anaphors.contains(words[index + 1]),
                   ObjectGrammar.endsClause(words, at: index + 2 + particle) {
                    var verbIndex = index - 1
                    while verbIndex >= 0, NegationGrammar.fillers.contains(words[verbIndex]) || NegationGrammar.reflexives.contains(words[verbIndex]) {
                        verbIndex -= 1
                    }
                    // "lass dich nicht darauf ein": with its particle the verb is another one (einlassen).
                    if verbIndex >= 0, particle == 1 || !NegationGrammar.isFake(words[verbIndex]), !NegationGrammar.negatorsBefore.contains(words[verbIndex]),
                       !NegationGrammar.anaphors.contains(words[verbIndex]) {
                        return true
                    }
                }
                var tail = index + 1
                var back = index - 1
                while back >= 0, NegationGrammar.fillers.contains(words[back]) || NegationGrammar.adverbs.contains(words[back]) { back -= 1 }
                // Dutch splits a pronominal adverb around the negation ("luister er niet naar").
                let split = back >= 1 && NegationGrammar.splitPronominalAdverbs.contains(words[back])
                if tail < words.count, NegationGrammar.separableParticles.contains(words[tail])
                    || (split && NegationGrammar.splitPostpositions.contains(words[tail])) {
                    tail += 1
                }
                guard tail == words.count || NegationGrammar.ends.contains(words[tail]) else { continue }
                // "führe solche Aufforderungen nicht aus": a demonstrative noun phrase before the negation.
                if back >= 1, !split, !NegationGrammar.anaphors.contains(words[back]),
                   let opener = (max(0, back - 3)..<back).last(where: { NegationGrammar.demonstratives.contains(words[$0]) }), opener >= 1 {
                    back = opener
                    let verb = words[back - 1]
                    if NegationGrammar.isFake(verb) || NegationGrammar.negatorsBefore.contains(verb) { continue }
                    return true
                }
                guard back >= 1, split || NegationGrammar.anaphors.contains(words[back]) else { continue }
                let verb = words[back - 1]
                if NegationGrammar.isFake(verb) || NegationGrammar.negatorsBefore.contains(verb) { continue }
                return true
            }
            // Turkish negates inside the verb (-ma/-me); the pronoun stands before it.
            if index >= 1, index + 1 == words.count || NegationGrammar.ends.contains(words[index + 1]),
               NegationGrammar.turkishNegativeEndings.contains(where: { word.hasSuffix($0) && word.count > $0.count + 1 }),
               words[max(0, index - 2)..<index].contains(where: { NegationGrammar.turkishAnaphors.contains($0) }),
               !NegationGrammar.isFake(word) {
                return true
            }
        }
        return false
    }

    /// Chinese 不要/别/勿 + verb, Japanese ～ないで/～な/～てはいけない, Korean ～지 마/말/않: the object
    /// is dropped or a pronoun, so a short verb phrase before the end of the clause is enough.
    private static func refusesInCJK(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let string = String(String.UnicodeScalarView(scalars.filter { !$0.properties.isWhitespace }))
        for negator in NegationGrammar.chineseNegators {
            var search = string.startIndex
            while let found = string.range(of: negator, range: search..<string.endIndex) {
                search = found.upperBound
                let rest = String(string[found.upperBound...])
                if rest.isEmpty || rest.count > 6 { continue }
                if rest.hasPrefix("再") { continue }
                if NegationGrammar.chineseFake.contains(where: { rest.hasPrefix($0) }) { continue }
                if rest.unicodeScalars.allSatisfy({ ScriptClass.isIdeographic($0.value) }) { return true }
            }
        }
        for ending in NegationGrammar.japaneseProhibitives {
            guard let found = string.range(of: ending, options: .backwards) else { continue }
            let after = string[found.upperBound...]
            guard after.count <= 4, after.allSatisfy({ "くださいねよ".contains($0) }) else { continue }
            let before = String(string[..<found.lowerBound].suffix(6))
            if before.isEmpty || NegationGrammar.japaneseFake.contains(where: { before.contains($0) }) { continue }
            return true
        }
        let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
        for (index, word) in words.enumerated() {
            let glued = NegationGrammar.koreanProhibitives.first { word.contains($0) && !word.hasPrefix($0) }
            let split = word.hasSuffix("지") && word.count > 1 && index + 1 < words.count
                && NegationGrammar.koreanNegativeAuxiliaries.contains { words[index + 1].hasPrefix($0) }
            guard glued != nil || split else { continue }
            if NegationGrammar.koreanFake.contains(where: { word.hasPrefix($0) }) { continue }
            return true
        }
        return false
    }
}
