extension KeywordAutomaton {
    /// Writes the automaton's trie (its rows are filled again from it).
    func write(to writer: inout TableWriter) {
        trie.write(to: &writer)
    }

    /// The automaton whose trie `write(to:)` wrote.
    init(from reader: inout TableReader) {
        self.init(KeywordTrie(from: &reader))
    }
}
