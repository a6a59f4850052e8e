/// One line decoded into scalars with their byte ranges, plus the line-wide facts the exceptions need.
struct CodePointLine {
    struct Scalar {
        var value: UInt32
        var start: Int
        var end: Int
    }

    var scalars: [Scalar] = []
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
        hasRTL = false
        hasConfusableScript = false
        var embeddings = 0
        var isolates = 0
        var balanced = true
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: range.upperBound)
            scalars.append(Scalar(value: value, start: index, end: index + length))
            index += length
            guard value >= 0x370, value != UTF8Scalar.invalid else { continue }
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
        bidiBalanced = balanced && embeddings == 0 && isolates == 0
    }

    /// The value before position `index`, or nil at the line start.
    func value(before index: Int) -> UInt32? { index > 0 ? scalars[index - 1].value : nil }

    /// The value at position `index`, or nil past the line end.
    func value(at index: Int) -> UInt32? { index < scalars.count ? scalars[index].value : nil }

    /// Byte range covering scalars `from..<to`.
    func byteRange(_ from: Int, _ to: Int) -> Range<Int> { scalars[from].start..<scalars[to - 1].end }

    /// The end of the run of scalars from `start` whose class is `kind`.
    func runEnd(from start: Int, of kind: CodePointClass) -> Int {
        var end = start + 1
        while end < scalars.count, CodePointClass.of(scalars[end].value) == kind { end += 1 }
        return end
    }
}
