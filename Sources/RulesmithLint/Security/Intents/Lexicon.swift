/// The stems that spell each concept, in English, French, German, Spanish, Portuguese, Italian,
/// Russian, Chinese, Japanese and Korean, and in Dutch, Polish, Turkish, Vietnamese, Arabic, Hindi
/// and Indonesian (`moreLanguages`). A stem is lower case; a trailing `*` lets the word go on
/// ("ignor*": ignore, ignoring, ignorez, ignorieren), a leading `*` lets it start inside a word
/// (German compounds: "*anweisung*" in "Systemanweisungen"), and a stem without `*` is a whole
/// word. Chinese, Japanese and Korean stems match anywhere, since those scripts do not space words.
/// Every stem becomes a keyword of the one automaton the heuristics already run, so adding words
/// costs nothing per byte of input.
enum Lexicon {
    /// One stem of one concept.
    struct Stem: Sendable {
        let text: String
        let concept: Concept
    }

    /// A stem of one concept, for telling repeats apart without making a string of the pair.
    private struct StemKey: Hashable {
        let concept: UInt8
        let word: String
    }

    static let stems: [Stem] = {
        var list: [Stem] = []
        // A word two languages share ("regler", "anterior") is one keyword per concept.
        var seen = Set<StemKey>()
        for (concept, words) in override + exfiltration + safety + hijack + concealment + confirmation + moreLanguages + eightLanguages
            + overrideWithoutIgnoring + roundEightClasses {
            for word in words where seen.insert(StemKey(concept: concept.rawValue, word: word)).inserted { list.append(Stem(text: word, concept: concept)) }
        }
        for word in OwnInstructionIndex.nounEntries { list.append(Stem(text: word, concept: .ownNoun)) }
        return list
    }()
}
