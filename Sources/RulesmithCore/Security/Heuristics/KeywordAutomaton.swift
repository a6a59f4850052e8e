/// An Aho–Corasick automaton over lower-cased bytes (ASCII letters fold, TAB equals space): one
/// table lookup per input byte finds every keyword, so the heuristics' prefilter is linear.
struct KeywordAutomaton: Sendable {
    private let classes: [UInt8]
    private let classCount: Int
    /// Per (state, class) the next state's row offset (`state * classCount`), so the scan loop
    /// adds instead of multiplying; a negative entry `~offset` means that state has outputs.
    private let transitions: [Int32]
    private let outputStart: [Int32]
    private let outputs: [Int32]

    init(_ keywords: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        for keyword in keywords {
            for byte in keyword where classes[Int(Self.fold(byte))] == 0 {
                classes[Int(Self.fold(byte))] = next
                next += 1
            }
        }
        for byte in 0..<256 { classes[byte] = classes[Int(Self.fold(UInt8(byte)))] }
        let classCount = Int(next)
        var goto: [[Int32]] = [Array(repeating: -1, count: classCount)]
        var own: [[Int32]] = [[]]
        for (index, keyword) in keywords.enumerated() {
            var state = 0
            for byte in keyword {
                let symbol = Int(classes[Int(byte)])
                if goto[state][symbol] < 0 {
                    goto[state][symbol] = Int32(goto.count)
                    goto.append(Array(repeating: -1, count: classCount))
                    own.append([])
                }
                state = Int(goto[state][symbol])
            }
            own[state].append(Int32(index))
        }
        var failure = [Int](repeating: 0, count: goto.count)
        var order: [Int] = []
        for symbol in 0..<classCount {
            let child = goto[0][symbol]
            if child < 0 { goto[0][symbol] = 0 } else { order.append(Int(child)) }
        }
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            own[state].append(contentsOf: own[failure[state]])
            for symbol in 0..<classCount {
                let child = goto[state][symbol]
                if child < 0 {
                    goto[state][symbol] = goto[failure[state]][symbol]
                } else {
                    failure[Int(child)] = Int(goto[failure[state]][symbol])
                    order.append(Int(child))
                }
            }
        }
        var transitions = [Int32](repeating: 0, count: goto.count * classCount)
        var outputStart: [Int32] = []
        var outputs: [Int32] = []
        for state in 0..<goto.count {
            outputStart.append(Int32(outputs.count))
            outputs.append(contentsOf: own[state])
            for symbol in 0..<classCount {
                let target = goto[state][symbol]
                let row = target * Int32(classCount)
                transitions[state * classCount + symbol] = own[Int(target)].isEmpty ? row : ~row
            }
        }
        outputStart.append(Int32(outputs.count))
        self.classes = classes
        self.classCount = classCount
        self.transitions = transitions
        self.outputStart = outputStart
        self.outputs = outputs
    }

    @inline(__always)
    private static func fold(_ byte: UInt8) -> UInt8 {
        if byte >= 0x41, byte <= 0x5A { return byte | 0x20 }
        return byte == 0x09 ? 0x20 : byte
    }

    /// Calls `found(keyword, end)` for every keyword occurrence, `end` being exclusive, in order.
    ///
    /// Each byte's step waits on the previous one (the next row depends on the state), so a large
    /// text is cut at a line break near its middle and both halves run interleaved: two
    /// independent chains of loads keep the core busy. No keyword holds a line feed, so every
    /// state goes back to the root on one and the halves find exactly what one pass would; the
    /// second half's hits are replayed after the first's.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        let count = bytes.count
        var split = count
        if count >= 1 << 14, classes[0x0A] == 0 {
            let lineBreak = ByteScan.first(0x0A, in: bytes, from: count / 2, to: count)
            if lineBreak < count { split = lineBreak + 1 }
        }
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                let width = classCount
                func emit(_ row: Int, _ end: Int) {
                    let state = row / width
                    var output = Int(outputStart[state])
                    let last = Int(outputStart[state + 1])
                    while output < last {
                        found(Int(outputs[output]), end)
                        output += 1
                    }
                }
                var first = 0
                var index = 0
                var second = 0
                var index2 = split
                var deferred: [(row: Int, end: Int)] = []
                if split < count {
                    let steps = min(split, count - split)
                    for _ in 0..<steps {
                        let next = transitions[first &+ Int(classes[Int(bytes[index])])]
                        let next2 = transitions[second &+ Int(classes[Int(bytes[index2])])]
                        index &+= 1
                        index2 &+= 1
                        if next >= 0 {
                            first = Int(next)
                        } else {
                            first = Int(~next)
                            emit(first, index)
                        }
                        if next2 >= 0 {
                            second = Int(next2)
                        } else {
                            second = Int(~next2)
                            deferred.append((second, index2))
                        }
                    }
                }
                while index < split {
                    let next = transitions[first &+ Int(classes[Int(bytes[index])])]
                    index &+= 1
                    if next >= 0 {
                        first = Int(next)
                        continue
                    }
                    first = Int(~next)
                    emit(first, index)
                }
                for hit in deferred { emit(hit.row, hit.end) }
                while index2 < count {
                    let next = transitions[second &+ Int(classes[Int(bytes[index2])])]
                    index2 &+= 1
                    if next >= 0 {
                        second = Int(next)
                        continue
                    }
                    second = Int(~next)
                    emit(second, index2)
                }
            }
        }
    }
}
