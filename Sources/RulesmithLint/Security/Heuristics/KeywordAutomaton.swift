import RulesmithText

/// An Aho–Corasick automaton over lower-cased bytes (ASCII letters fold, TAB equals space, and the
/// digits and signs leetspeak writes for letters fold to those letters: `1gn0r3` is `ignore`): one
/// table lookup per input byte finds every keyword, so the heuristics' prefilter is linear.
/// Folding costs nothing per byte (it is the class table); a hit whose keyword must be spelled
/// exactly is checked by its caller.
/// A keyword may be bound to word edges; occurrences that break a bound are never reported.
struct KeywordAutomaton: Sendable, Equatable {
    /// Where a keyword must meet word edges (a word being ASCII letters, digits and `_`).
    struct Bounds: Sendable {
        /// The byte before the keyword is not a word byte.
        var startsWord = false
        /// The byte after the keyword is not a word byte.
        var endsWord = false
    }

    /// The trie it is made from: what the generated tables store (the rows below are cheaper to
    /// fill than to store or decode).
    let trie: KeywordTrie
    let classes: [UInt8]
    let classCount: Int
    /// Per (state, class) the next state's row offset (`state * classCount`), so the scan loop
    /// adds instead of multiplying; a negative entry `~offset` means that state has outputs.
    let transitions: [Int32]
    let outputStart: [Int32]
    let outputs: [Int32]
    /// Per keyword: its length in the low 16 bits, bit 16 "starts a word", bit 17 "ends a word".
    var shapes: [UInt32] { trie.shapes }

    /// `foldingHighBytes` also folds the bytes of non-ASCII characters into 32 classes: the
    /// automaton then finds candidates only (a hit may be a different character with the same
    /// folded bytes), which its caller checks, and its table stays small for many scripts.
    init(_ keywords: [[UInt8]], bounds: [Bounds]? = nil, foldingHighBytes: Bool = false) {
        self.init(KeywordTrie(keywords, bounds: bounds, foldingHighBytes: foldingHighBytes))
    }

    /// The automaton of `trie`: in breadth-first order, each state's row is its failure state's
    /// row (filled already, one copy) with the state's own edges over it, and its outputs are its
    /// own keywords, then its failure state's. One pass over one table allocated once: every
    /// process that scans pays this, before linting its first file.
    init(_ trie: KeywordTrie) {
        let width = trie.classCount
        let count = trie.parents.count
        var failure = [Int](repeating: 0, count: count)
        var outputStart: [Int32] = []
        outputStart.reserveCapacity(count + 1)
        var outputs: [Int32] = []
        outputs.reserveCapacity(trie.own.count * 2)
        transitions = [Int32](unsafeUninitializedCapacity: count * width) { table, initialized in
            let base = table.baseAddress!
            base.initialize(repeating: 0, count: width)
            trie.parents.withUnsafeBufferPointer { parents in
                trie.symbols.withUnsafeBufferPointer { symbols in
                    trie.ownStart.withUnsafeBufferPointer { ownStart in
                        var child = 1
                        for state in 0..<count {
                            let row = state * width
                            if state > 0 { (base + row).initialize(from: base + failure[state] * width, count: width) }
                            outputStart.append(Int32(outputs.count))
                            for index in Int(ownStart[state])..<Int(ownStart[state + 1]) { outputs.append(trie.own[index]) }
                            if state > 0 {
                                let inherited = Int(outputStart[failure[state]])..<Int(outputStart[failure[state] + 1])
                                for index in inherited { outputs.append(outputs[index]) }
                            }
                            while child < count, Int(parents[child]) == state {
                                let slot = row + Int(symbols[child])
                                // The failure row's entry: the child's failure state, negative when it has outputs.
                                let inherited = base[slot]
                                failure[child] = Int(inherited < 0 ? ~inherited : inherited) / width
                                let offset = Int32(child * width)
                                base[slot] = ownStart[child] != ownStart[child + 1] || inherited < 0 ? ~offset : offset
                                child += 1
                            }
                        }
                    }
                }
            }
            initialized = count * width
        }
        outputStart.append(Int32(outputs.count))
        self.trie = trie
        classes = trie.classes
        classCount = width
        self.outputStart = outputStart
        self.outputs = outputs
    }

    /// Two automata are equal when their tries are: the rest is filled from the trie.
    static func == (lhs: KeywordAutomaton, rhs: KeywordAutomaton) -> Bool { lhs.trie == rhs.trie }

    /// The byte as the automaton compares it (lower case, leetspeak digits as letters).
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        if byte >= 0x41, byte <= 0x5A { return byte | 0x20 }
        switch byte {
        case 0x09: return 0x20
        case 0x30: return 0x6F // 0 → o
        case 0x31: return 0x69 // 1 → i
        case 0x33: return 0x65 // 3 → e
        case 0x34, 0x40: return 0x61 // 4 @ → a
        case 0x35, 0x24: return 0x73 // 5 $ → s
        case 0x37: return 0x74 // 7 → t
        default: return byte
        }
    }

    /// Bytes per block of the interleaved scan; the hits of one block wait in memory at most.
    private static let blockSize = 1 << 16

    /// Calls `found(keyword, end)` for every keyword occurrence, `end` being exclusive, in order.
    ///
    /// Each byte's step waits on the previous one (the next row depends on the state), so a text
    /// is read in blocks, each cut at line breaks near its quarters, and the four parts run
    /// interleaved: four independent chains of loads keep the core busy. No keyword holds a
    /// line feed, so every state goes back to the root on one and the parts find exactly what
    /// one pass would; the later parts' hits wait and are replayed in order.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                outputStart.withUnsafeBufferPointer { outputStart in
                    outputs.withUnsafeBufferPointer { outputs in
                        shapes.withUnsafeBufferPointer { shapes in
                            let tables = Tables(
                                bytes: bytes, classes: classes, transitions: transitions, outputStart: outputStart,
                                outputs: outputs, shapes: shapes, width: classCount)
                            tables.scan(splittable: classes[0x0A] == 0, found)
                        }
                    }
                }
            }
        }
    }

    /// The automaton's tables and the text, for the scan loops.
    private struct Tables {
        let bytes: UnsafeBufferPointer<UInt8>
        let classes: UnsafeBufferPointer<UInt8>
        let transitions: UnsafeBufferPointer<Int32>
        let outputStart: UnsafeBufferPointer<Int32>
        let outputs: UnsafeBufferPointer<Int32>
        let shapes: UnsafeBufferPointer<UInt32>
        let width: Int

        func scan(splittable: Bool, _ found: (Int, Int) -> Void) {
            let count = bytes.count
            var row = 0
            var later: ([(row: Int, end: Int)], [(row: Int, end: Int)], [(row: Int, end: Int)]) = ([], [], [])
            var blockStart = 0
            while blockStart < count {
                let blockEnd = min(count, blockStart + KeywordAutomaton.blockSize)
                guard splittable, blockEnd - blockStart >= 1 << 12 else {
                    row = run(blockStart, blockEnd, row, found)
                    blockStart = blockEnd
                    continue
                }
                let quarter = (blockEnd - blockStart) / 4
                let cut1 = cut(near: blockStart + quarter, after: blockStart, blockEnd)
                let cut2 = cut(near: blockStart + 2 * quarter, after: cut1, blockEnd)
                let cut3 = cut(near: blockStart + 3 * quarter, after: cut2, blockEnd)
                var (index0, index1, index2, index3) = (blockStart, cut1, cut2, cut3)
                var (row0, row1, row2, row3) = (row, 0, 0, 0)
                let steps = min(cut1 - blockStart, cut2 - cut1, cut3 - cut2, blockEnd - cut3)
                later.0.removeAll(keepingCapacity: true)
                later.1.removeAll(keepingCapacity: true)
                later.2.removeAll(keepingCapacity: true)
                for _ in 0..<steps {
                    let next0 = transitions[row0 &+ Int(classes[Int(bytes[index0])])]
                    let next1 = transitions[row1 &+ Int(classes[Int(bytes[index1])])]
                    let next2 = transitions[row2 &+ Int(classes[Int(bytes[index2])])]
                    let next3 = transitions[row3 &+ Int(classes[Int(bytes[index3])])]
                    index0 &+= 1
                    index1 &+= 1
                    index2 &+= 1
                    index3 &+= 1
                    if next0 >= 0 {
                        row0 = Int(next0)
                    } else {
                        row0 = Int(~next0)
                        emit(row0, index0, found)
                    }
                    if next1 >= 0 {
                        row1 = Int(next1)
                    } else {
                        row1 = Int(~next1)
                        later.0.append((row1, index1))
                    }
                    if next2 >= 0 {
                        row2 = Int(next2)
                    } else {
                        row2 = Int(~next2)
                        later.1.append((row2, index2))
                    }
                    if next3 >= 0 {
                        row3 = Int(next3)
                    } else {
                        row3 = Int(~next3)
                        later.2.append((row3, index3))
                    }
                }
                row = run(index0, cut1, row0, found)
                for hit in later.0 { emit(hit.row, hit.end, found) }
                if cut1 < cut2 { row = run(index1, cut2, row1, found) }
                for hit in later.1 { emit(hit.row, hit.end, found) }
                if cut2 < cut3 { row = run(index2, cut3, row2, found) }
                for hit in later.2 { emit(hit.row, hit.end, found) }
                if cut3 < blockEnd { row = run(index3, blockEnd, row3, found) }
                blockStart = blockEnd
            }
        }

        /// Just past the first line feed at or after `target` (and after `previous`), else `end`.
        private func cut(near target: Int, after previous: Int, _ end: Int) -> Int {
            let lineFeed = ByteScan.first(0x0A, in: bytes, from: max(target, previous), to: end)
            return lineFeed < end ? lineFeed + 1 : end
        }

        /// One chain from `start` to `end`, entering at `row`; returns the row it leaves in.
        private func run(_ start: Int, _ end: Int, _ entry: Int, _ found: (Int, Int) -> Void) -> Int {
            var row = entry
            var index = start
            while index < end {
                let next = transitions[row &+ Int(classes[Int(bytes[index])])]
                index &+= 1
                if next >= 0 {
                    row = Int(next)
                    continue
                }
                row = Int(~next)
                emit(row, index, found)
            }
            return row
        }

        @inline(__always)
        private func emit(_ row: Int, _ end: Int, _ found: (Int, Int) -> Void) {
            let state = row / width
            var output = Int(outputStart[state])
            let last = Int(outputStart[state + 1])
            while output < last {
                let keyword = Int(outputs[output])
                output += 1
                // Most rejected hits are a short word inside a longer one (`do` in `document`):
                // they stop here instead of costing the caller a call.
                let shape = shapes[keyword]
                if shape & (1 << 16) != 0 {
                    let start = end - Int(shape & 0xFFFF)
                    if start > 0, LineView.isWordByte(bytes[start - 1]) { continue }
                }
                if shape & (1 << 17) != 0, end < bytes.count, LineView.isWordByte(bytes[end]) { continue }
                found(keyword, end)
            }
        }
    }
}
