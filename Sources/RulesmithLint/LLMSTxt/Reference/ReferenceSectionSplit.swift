/// `re.split(r'^##\s*(.*?$)', txt, flags=re.MULTILINE)`: the preamble, then each `##` line's
/// captured name and the body up to the next such line.
///
/// At a line start `##` is followed by greedy `\s*`, which also crosses line breaks, and the
/// lazy `.*?$` then captures the rest of the line where the whitespace stopped; no other way to
/// match exists, so one forward scan reproduces the split.
struct ReferenceSectionSplit {
    struct Piece {
        /// The whole match: `##`, the whitespace, the name.
        var header: Range<Int>
        var name: Range<Int>
        var body: Range<Int>
    }

    /// Calls `body` with each piece in order (a piece is complete once the next `##` line is
    /// found, so no list of pieces is held) and returns the preamble.
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Piece) -> Void) -> Range<Int> {
        let end = range.upperBound
        var pending: Piece?
        var preambleEnd = end
        var lineStart = range.lowerBound
        while lineStart < end {
            var next = lineStart
            if lineStart + 1 < end, bytes[lineStart] == 0x23, bytes[lineStart + 1] == 0x23 {
                let nameStart = PythonText.skipWhitespace(bytes, lineStart + 2, end)
                var nameEnd = nameStart
                while nameEnd < end, bytes[nameEnd] != 0x0A { nameEnd += 1 }
                if var finished = pending {
                    finished.body = finished.body.lowerBound..<lineStart
                    body(finished)
                } else {
                    preambleEnd = lineStart
                }
                pending = Piece(header: lineStart..<nameEnd, name: nameStart..<nameEnd, body: nameEnd..<end)
                next = nameEnd
            }
            // Move to the start of the next line (the name may have ended on a later line).
            while next < end, bytes[next] != 0x0A { next += 1 }
            lineStart = next + 1
        }
        if let pending { body(pending) }
        return range.lowerBound..<preambleEnd
    }
}
