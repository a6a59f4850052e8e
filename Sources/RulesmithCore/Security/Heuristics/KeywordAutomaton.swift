/// An Aho–Corasick automaton over lower-cased bytes (ASCII letters fold, TAB equals space): one
/// table lookup per input byte finds every keyword, so the heuristics' prefilter is linear.
struct KeywordAutomaton: Sendable {
    private let classes: [UInt8]
    private let classCount: Int
    /// Next state per (state, class); a negative entry `~s` means state `s` has outputs.
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
                transitions[state * classCount + symbol] = own[Int(target)].isEmpty ? target : ~target
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

    /// Calls `found(keyword, end)` for every keyword occurrence, `end` being exclusive.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                let width = classCount
                var state = 0
                var index = 0
                let count = bytes.count
                while index < count {
                    let next = transitions[state &* width &+ Int(classes[Int(bytes[index])])]
                    index &+= 1
                    if next >= 0 {
                        state = Int(next)
                        continue
                    }
                    state = Int(~next)
                    var output = Int(outputStart[state])
                    let last = Int(outputStart[state + 1])
                    while output < last {
                        found(Int(outputs[output]), index)
                        output += 1
                    }
                }
            }
        }
    }
}
