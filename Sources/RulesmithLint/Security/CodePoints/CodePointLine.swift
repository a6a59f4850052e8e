/// One line decoded into scalars with their byte ranges, plus the line-wide facts the exceptions need.
struct CodePointLine {
    /// A scalar and where it starts; it ends where the next one starts (eight bytes each, so a
    /// long line costs eight bytes per scalar).
    struct Scalar {
        var value: UInt32
        private var offset: UInt32

        /// Byte offset in the text (below 4 GiB, as `SourceText` guarantees).
        var start: Int { Int(offset) }

        init(value: UInt32, start: Int) {
            self.value = value
            offset = UInt32(truncatingIfNeeded: start)
        }
    }

    var scalars: [Scalar] = []
    /// The byte after the last scalar.
    private(set) var end = 0
    var lineIndex = 0
    /// The line holds right-to-left letters (U+0590–08FF, FB1D–FDFF, FE70–FEFF).
    var hasRTL = false
    /// Bidi pushes and pops pair up within the line.
    var bidiBalanced = true
    /// The line holds a Cyrillic, Greek or Armenian character (U10 only runs then).
    var hasConfusableScript = false

    /// Decodes `range` of `bytes`, reusing the scalar buffer.
    mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) {
        scalars.removeAll(keepingCapacity: true)
        lineIndex = line
        var facts = Facts()
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
            scalars.append(Scalar(value: value, start: index))
            index += length
            facts.note(value)
        }
        end = index
        hasRTL = facts.hasRTL
        hasConfusableScript = facts.hasConfusableScript
        bidiBalanced = facts.bidiBalanced
    }

    /// Decodes one window of a long line: the scalars starting in `start..<stop` (the last may end
    /// past `stop`, up to `lineEnd`), after the `carried` scalars of the previous window. The
    /// line-wide facts come from `facts`, gathered over the whole line beforehand.
    mutating func load(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int, lineEnd: Int, line: Int,
        after carried: ArraySlice<Scalar>, facts: Facts
    ) {
        scalars.removeAll(keepingCapacity: true)
        scalars.append(contentsOf: carried)
        lineIndex = line
        var index = start
        while index < stop {
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: lineEnd)
            scalars.append(Scalar(value: value, start: index))
            index += length
        }
        end = index
        hasRTL = facts.hasRTL
        hasConfusableScript = facts.hasConfusableScript
        bidiBalanced = facts.bidiBalanced
    }

    /// The line-wide facts, gathered scalar by scalar.
    struct Facts {
        var hasRTL = false
        var hasConfusableScript = false
        private var embeddings = 0
        private var isolates = 0
        private var balanced = true

        var bidiBalanced: Bool { balanced && embeddings == 0 && isolates == 0 }

        @inline(__always)
        mutating func note(_ value: UInt32) {
            guard value >= 0x370, value != UTF8Scalar.invalid else { return }
            switch value {
            case 0x202A, 0x202B, 0x202D, 0x202E: embeddings += 1
            case 0x202C:
                embeddings -= 1
                if embeddings < 0 { balanced = false }
            case 0x2066...0x2068: isolates += 1
            case 0x2069:
                isolates -= 1
                if isolates < 0 { balanced = false }
            default:
                if !hasRTL, ScalarFacts.isRTLLetter(value) { hasRTL = true }
                if !hasConfusableScript, LetterScript.isConfusableScript(value) { hasConfusableScript = true }
            }
        }

        /// The facts of `range` of `bytes`, decoded without keeping the scalars.
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var index = range.lowerBound
            while index < range.upperBound {
                let (value, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
                index += length
                note(value)
            }
        }

        init() {}
    }

    /// The value before position `index`, or nil at the line start.
    func value(before index: Int) -> UInt32? { index > 0 ? scalars[index - 1].value : nil }

    /// The value at position `index`, or nil past the line end.
    func value(at index: Int) -> UInt32? { index < scalars.count ? scalars[index].value : nil }

    /// Byte range covering scalars `from..<to`.
    func byteRange(_ from: Int, _ to: Int) -> Range<Int> { scalars[from].start..<(to < scalars.count ? scalars[to].start : end) }

    /// The end of the run of scalars from `start` whose class is `kind`.
    func runEnd(from start: Int, of kind: CodePointClass) -> Int {
        var end = start + 1
        while end < scalars.count, CodePointClass.of(scalars[end].value) == kind { end += 1 }
        return end
    }
}
