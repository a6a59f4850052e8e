/// The keywords of a `KeywordAutomaton` as a trie over byte classes, its states in breadth-first
/// order (each state's failure state comes before it): what the automaton is filled from, and what
/// the generated tables store.
struct KeywordTrie: Sendable, Equatable {
    /// Per byte, its class (0 for bytes no keyword holds).
    let classes: [UInt8]
    let classCount: Int
    /// Per state, the state it hangs from and the class of that edge (the root's are 0); a
    /// state's children are neighbours, in class order.
    let parents: [Int32]
    let symbols: [UInt8]
    /// Per state, the keywords that end there (`own[ownStart[s]..<ownStart[s + 1]]`), in keyword order.
    let ownStart: [Int32]
    let own: [Int32]
    /// Per keyword: its length in the low 16 bits, bit 16 "starts a word", bit 17 "ends a word".
    let shapes: [UInt32]

    /// The trie of `keywords` (see `KeywordAutomaton.init(_:bounds:foldingHighBytes:)`).
    init(_ keywords: [[UInt8]], bounds: [KeywordAutomaton.Bounds]? = nil, foldingHighBytes: Bool = false) {
        shapes = keywords.indices.map { index in
            let bound = bounds?[index] ?? KeywordAutomaton.Bounds()
            return UInt32(keywords[index].count) | (bound.startsWord ? 1 << 16 : 0) | (bound.endsWord ? 1 << 17 : 0)
        }
        func fold(_ byte: UInt8) -> UInt8 {
            foldingHighBytes && byte >= 0x80 ? 0x80 | (byte & 0x1F) : KeywordAutomaton.fold(byte)
        }
        var classes = [UInt8](repeating: 0, count: 256)
        var next = 1
        for keyword in keywords {
            for byte in keyword where classes[Int(fold(byte))] == 0 {
                precondition(next < 256, "at most 255 byte classes")
                classes[Int(fold(byte))] = UInt8(next)
                next += 1
            }
        }
        for byte in 0..<256 { classes[byte] = classes[Int(fold(UInt8(byte)))] }
        let classCount = next
        // The trie in insertion order (children by class), then renumbered breadth first.
        var children: [[Int: Int]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (index, keyword) in keywords.enumerated() {
            var state = 0
            for byte in keyword {
                let symbol = Int(classes[Int(byte)])
                if let child = children[state][symbol] {
                    state = child
                } else {
                    children[state][symbol] = children.count
                    state = children.count
                    children.append([:])
                    ends.append([])
                }
            }
            ends[state].append(Int32(index))
        }
        var order = [0]
        var parents: [Int32] = [0]
        var symbols: [UInt8] = [0]
        var head = 0
        var number = [Int](repeating: 0, count: children.count)
        while head < order.count {
            let state = order[head]
            for (symbol, child) in children[state].sorted(by: { $0.key < $1.key }) {
                number[child] = order.count
                order.append(child)
                parents.append(Int32(number[state]))
                symbols.append(UInt8(symbol))
            }
            head += 1
        }
        var ownStart: [Int32] = []
        var own: [Int32] = []
        for state in order {
            ownStart.append(Int32(own.count))
            own.append(contentsOf: ends[state])
        }
        ownStart.append(Int32(own.count))
        self.classes = classes
        self.classCount = classCount
        self.parents = parents
        self.symbols = symbols
        self.ownStart = ownStart
        self.own = own
    }

    init(from reader: inout TableReader) {
        classes = reader.next()
        classCount = reader.single()
        parents = reader.next()
        symbols = reader.next()
        ownStart = reader.next()
        own = reader.next()
        shapes = reader.next()
    }

    func encode(into writer: inout TableWriter) {
        writer.append(classes)
        writer.append([classCount])
        writer.append(parents)
        writer.append(symbols)
        writer.append(ownStart)
        writer.append(own)
        writer.append(shapes)
    }
}
