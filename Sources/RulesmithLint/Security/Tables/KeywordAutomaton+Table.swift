extension KeywordAutomaton {
    /// Writes the automaton's trie (its rows are filled again from it).
    func encode(into writer: inout TableWriter) {
        trie.encode(into: &writer)
    }

    /// The automaton whose trie `encode(into:)` wrote.
    init(from reader: inout TableReader) {
        self.init(KeywordTrie(from: &reader))
    }
}
