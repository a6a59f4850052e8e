import RulesmithText

/// An Aho–Corasick automaton over lower-cased bytes (ASCII letters fold, TAB equals space, and the
/// digits and signs leetspeak writes for letters fold to those letters: `1gn0r3` is `ignore`): one
/// table lookup per input byte finds every keyword, so the heuristics' prefilter is linear.
/// Folding costs nothing per byte (it is the class table); a hit whose keyword must be spelled
/// exactly is checked by its caller.
/// A keyword may be bound to word edges; occurrences that break a bound are never reported.
struct KeywordAutomaton: Sendable {
    /// Where a keyword must meet word edges (a word being ASCII letters, digits and `_`).
    struct Bounds: Sendable {
        /// The byte before the keyword is not a word byte.
        var startsWord = false
        /// The byte after the keyword is not a word byte.
        var endsWord = false
    }

    private let classes: [UInt8]
    private let classCount: Int
    /// Per (state, class) the next state's row offset (`state * classCount`), so the scan loop
    /// adds instead of multiplying; a negative entry `~offset` means that state has outputs.
    private let transitions: [Int32]
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Per keyword: its length in the low 16 bits, bit 16 "starts a word", bit 17 "ends a word".
    private let shapes: [UInt32]

    /// `foldingHighBytes` also folds the bytes of non-ASCII characters into 32 classes: the
    /// automaton then finds candidates only (a hit may be a different character with the same
    /// folded bytes), which its caller checks, and its table stays small for many scripts.
    init(_ keywords: [[UInt8]], bounds: [Bounds]? = nil, foldingHighBytes: Bool = false) {
        shapes = keywords.indices.map { index in
            let bound = bounds?[index] ?? Bounds()
            return UInt32(keywords[index].count) | (bound.startsWord ? 1 << 16 : 0) | (bound.endsWord ? 1 << 17 : 0)
        }
        func fold(_ byte: UInt8) -> UInt8 { foldingHighBytes && byte >= 0x80 ? 0x80 | (byte & 0x1F) : Self.fold(byte) }
        var classes = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        for keyword in keywords {
            for byte in keyword where classes[Int(fold(byte))] == 0 {
                classes[Int(fold(byte))] = next
                next += 1
            }
        }
        for byte in 0..<256 { classes[byte] = classes[Int(fold(UInt8(byte)))] }
        let classCount = Int(next)
        // One flat table, row `state` at `state * classCount` (an array per state cost most of
        // the set-up, which every run pays before linting its first file), allocated once: the
        // trie has a state per distinct prefix of the keywords' classes, counted on them sorted
        // (growing the table a row at a time was half of the set-up).
        let paths = keywords.map { keyword in keyword.map { classes[Int(fold($0))] } }
        var stateCount = 1
        var previous: [UInt8] = []
        for path in paths.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            var common = 0
            while common < previous.count, common < path.count, previous[common] == path[common] { common += 1 }
            stateCount += path.count - common
            previous = path
        }
        var goto = [Int32](repeating: -1, count: stateCount * classCount)
        var own = [[Int32]](repeating: [], count: stateCount)
        var created = 1
        for (index, path) in paths.enumerated() {
            var state = 0
            for symbol in path {
                let slot = state * classCount + Int(symbol)
                if goto[slot] < 0 {
                    goto[slot] = Int32(created)
                    created += 1
                }
                state = Int(goto[slot])
            }
            own[state].append(Int32(index))
        }
        precondition(created == stateCount, "the trie has a state per distinct prefix")
        var order: [Int] = []
        order.reserveCapacity(stateCount)
        goto.withUnsafeMutableBufferPointer { goto in
            var failure = [Int](repeating: 0, count: stateCount)
            for symbol in 0..<classCount {
                let child = goto[symbol]
                if child < 0 { goto[symbol] = 0 } else { order.append(Int(child)) }
            }
            var head = 0
            while head < order.count {
                let state = order[head]
                head += 1
                own[state].append(contentsOf: own[failure[state]])
                let row = state * classCount
                let fallback = failure[state] * classCount
                for symbol in 0..<classCount {
                    let child = goto[row + symbol]
                    if child < 0 {
                        goto[row + symbol] = goto[fallback + symbol]
                    } else {
                        failure[Int(child)] = Int(goto[fallback + symbol])
                        order.append(Int(child))
                    }
                }
            }
        }
        var outputStart: [Int32] = []
        outputStart.reserveCapacity(stateCount + 1)
        var outputs: [Int32] = []
        for state in 0..<stateCount {
            outputStart.append(Int32(outputs.count))
            outputs.append(contentsOf: own[state])
        }
        outputStart.append(Int32(outputs.count))
        // The goto table becomes the transition table in place (one table's worth of memory
        // less to allocate and fault in at start-up).
        goto.withUnsafeMutableBufferPointer { table in
            for slot in 0..<table.count {
                let target = Int(table[slot])
                let row = Int32(target * classCount)
                table[slot] = outputStart[target] == outputStart[target + 1] ? row : ~row
            }
        }
        self.classes = classes
        self.classCount = classCount
        self.transitions = goto
        self.outputStart = outputStart
        self.outputs = outputs
    }

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
