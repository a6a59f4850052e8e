import RulesmithText

/// The reference parser's header pattern, `re.search` with `re.M | re.S`, without backtracking:
/// `^#\s*(?P<title>.+?$)\n+(?:^>\s*(?P<summary>.+?$)$)?\n+(?P<info>.*)`
///
/// Python tries each `#` at a line start, then the greedy `\s*` from longest to shortest, then the
/// lazy title ending at each line end in turn. Whether a title may end at a given line feed does
/// not depend on where the title started (see `endsTitle`), so those line feeds are found once,
/// and each start costs a binary search plus a walk over the whitespace right after its `#`.
struct ReferenceHeaderPattern {
    struct Match {
        var start: Int
        var title: Range<Int>
        var summary: Range<Int>?
        var info: Range<Int>
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let text: Range<Int>
    /// Line feeds a title may end at, ascending.
    private var titleEnds: [Int] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) {
        self.bytes = bytes
        self.text = text
        var index = text.lowerBound
        while index < text.upperBound {
            guard bytes[index] == 0x0A else {
                index += 1
                continue
            }
            // A run of line feeds: every one but the last leaves two or more for `\n+\n+`; the last
            // one can end a title only when a summary follows the run.
            var runEnd = index
            while runEnd < text.upperBound, bytes[runEnd] == 0x0A { runEnd += 1 }
            titleEnds.append(contentsOf: index..<(runEnd - 1))
            if tail(afterTitleEndingAt: runEnd - 1) != nil { titleEnds.append(runEnd - 1) }
            index = runEnd
        }
    }

    /// The leftmost match, as Python's backtracking finds it.
    func search() -> Match? {
        var lineStart = text.lowerBound
        while lineStart < text.upperBound {
            if bytes[lineStart] == 0x23, let match = match(at: lineStart) { return match }
            var next = lineStart
            while next < text.upperBound, bytes[next] != 0x0A { next += 1 }
            lineStart = next + 1
        }
        return nil
    }

    private func match(at start: Int) -> Match? {
        // Character boundaries of the whitespace run after `#`: positions[k] is where the title
        // starts when `\s*` takes k characters.
        var positions = [start + 1]
        while true {
            let length = PythonText.whitespaceLength(bytes, positions[positions.count - 1], text.upperBound)
            if length == 0 { break }
            positions.append(positions[positions.count - 1] + length)
        }
        let longest = positions[positions.count - 1]
        if longest < text.upperBound, let end = firstTitleEnd(after: longest) {
            return finish(start, title: longest..<end)
        }
        // Shorter runs add, as new candidates, the line feeds inside the run itself.
        var best: Int?
        var k = positions.count - 2
        while k >= 0 {
            let candidate = positions[k + 1]
            if candidate < longest, bytes[candidate] == 0x0A, firstTitleEnd(after: candidate - 1) == candidate {
                best = candidate
            }
            if let best { return finish(start, title: positions[k]..<best) }
            k -= 1
        }
        return nil
    }

    private func finish(_ start: Int, title: Range<Int>) -> Match? {
        guard let (summary, info) = tail(afterTitleEndingAt: title.upperBound) else { return nil }
        return Match(start: start, title: title, summary: summary, info: info)
    }

    /// The first title end strictly after `offset`.
    private func firstTitleEnd(after offset: Int) -> Int? {
        let low = SortedSearch.first(in: titleEnds.indices) { titleEnds[$0] <= offset }
        return low < titleEnds.count ? titleEnds[low] : nil
    }

    /// What follows a title ending at the line feed `end`: `\n+`, then the summary group (tried
    /// first, after the whole run of line feeds) or a second `\n+` (which needs the run to be at
    /// least two long). nil when neither works.
    private func tail(afterTitleEndingAt end: Int) -> (summary: Range<Int>?, info: Range<Int>)? {
        var afterRun = end
        while afterRun < text.upperBound, bytes[afterRun] == 0x0A { afterRun += 1 }
        guard afterRun > end else { return nil }
        if afterRun < text.upperBound, bytes[afterRun] == 0x3E, let (summary, lineFeed) = summary(at: afterRun) {
            var info = lineFeed
            while info < text.upperBound, bytes[info] == 0x0A { info += 1 }
            return (summary, info..<text.upperBound)
        }
        if afterRun - end >= 2 { return (nil, afterRun..<text.upperBound) }
        return nil
    }

    /// `^>\s*(?P<summary>.+?$)$\n+` at `quote`: the summary and the line feed after it.
    private func summary(at quote: Int) -> (Range<Int>, Int)? {
        var position = quote + 1
        var lastLineFeed: Int?
        var beforeLastLineFeed: Int?
        var previous = position
        while true {
            let length = PythonText.whitespaceLength(bytes, position, text.upperBound)
            if length == 0 { break }
            if bytes[position] == 0x0A, position > quote + 1 {
                lastLineFeed = position
                beforeLastLineFeed = previous
            }
            previous = position
            position += length
        }
        // Longest `\s*`: the summary runs from the first non-blank to the end of its line.
        if position < text.upperBound {
            var lineFeed = position
            while lineFeed < text.upperBound, bytes[lineFeed] != 0x0A { lineFeed += 1 }
            if lineFeed < text.upperBound { return (position..<lineFeed, lineFeed) }
        }
        // Otherwise a shorter `\s*` leaves one whitespace character before the run's last line
        // feed as the whole summary.
        if let lastLineFeed, let beforeLastLineFeed { return (beforeLastLineFeed..<lastLineFeed, lastLineFeed) }
        return nil
    }
}
