/// Walks a line too long to decode at once (a hostile line of megabytes) in windows of bounded
/// size, so the code-point scan's memory does not grow with the line. Each window carries the
/// scalars just before it (for the checks that look back) and reads ahead of it (so a run that
/// starts in the window is seen whole unless it is longer than the read-ahead; a longer run is
/// reported in pieces).
enum CodePointWindows {
    /// Lines up to this many bytes are decoded whole, as every ordinary file's lines are (at most
    /// 16 MB of scalars).
    static let wholeLineBytes = 2 << 20
    /// Bytes in which one window starts runs.
    static let windowBytes = 256 << 10
    /// Bytes decoded past the window, so runs starting near its end are seen whole.
    static let readAheadBytes = 256 << 10
    /// Scalars carried from one window to the next for the checks that look back.
    static let carriedScalars = 1024

    /// Calls `scan(line, from, until)` once per window of the line `range`: `scan` reads runs that
    /// start at scalar `from` or later and before byte `until`, and returns the scalar index where
    /// it stopped (the end of the last run it read). The next window starts there.
    static func forEach(
        _ bytes: UnsafeBufferPointer<UInt8>, line range: Range<Int>, lineIndex: Int, facts: CodePointLine.Facts,
        using line: inout CodePointLine, _ scan: (CodePointLine, _ from: Int, _ until: Int) -> Int
    ) {
        var position = range.lowerBound
        var carried: [CodePointLine.Scalar] = []
        while position < range.upperBound {
            let until = min(range.upperBound, position + windowBytes)
            let stop = min(range.upperBound, until + readAheadBytes)
            line.load(bytes, from: position, to: stop, lineEnd: range.upperBound, line: lineIndex, after: carried[...], facts: facts)
            let scalars = line.scalars
            let reached = max(scan(line, carried.count, until), carried.count + 1)
            guard reached < scalars.count else {
                position = line.end
                carried = Array(scalars.suffix(carriedScalars))
                continue
            }
            position = scalars[reached].start
            carried = Array(scalars[max(0, reached - carriedScalars)..<reached])
        }
    }
}
