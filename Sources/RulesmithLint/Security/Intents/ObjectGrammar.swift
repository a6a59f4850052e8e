/// The grammar of the object of a refusal after its verb (`NegationGrammar`'s idioms, particles
/// and demonstratives), read over the words of one clause: where an idiom's fixed complement ends,
/// whether a demonstrative noun phrase is the whole rest of the clause, whether a clause ends.
enum ObjectGrammar {
    /// The index after an idiom's complement starting at `start` ("compte", "en cuenta", "retta"), or nil.
    static func idiomEnd(_ words: [String], from start: Int) -> Int? {
        guard start < words.count else { return nil }
        for complement in NegationGrammar.idiomComplements where start + complement.count <= words.count {
            if Array(words[start..<(start + complement.count)]) == complement { return start + complement.count }
        }
        return nil
    }

    /// Whether the words from `index` are a short noun phrase opened by a demonstrative that ends
    /// the clause ("such a request", "this kind of instruction and tell the user").
    static func demonstrativePhrase(_ words: [String], at index: Int) -> Bool {
        guard index < words.count else { return false }
        var end = index
        while end < words.count, !NegationGrammar.ends.contains(words[end]) { end += 1 }
        // Vietnamese and Indonesian put the demonstrative last ("yêu cầu đó", "permintaan tersebut").
        if end - index >= 2, end - index <= 4, NegationGrammar.demonstrativesAfter.contains(words[end - 1]) { return true }
        guard NegationGrammar.demonstratives.contains(words[index]) else { return false }
        let length = end - index - 1
        return length >= 1 && length <= 4
    }

    /// Whether the clause ends at `index` (its last word, or a conjunction starting another).
    static func endsClause(_ words: [String], at index: Int) -> Bool {
        index >= words.count || NegationGrammar.ends.contains(words[index])
    }
}
