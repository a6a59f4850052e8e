/// The reference parser's link pattern, `re.search` semantics, in one linear pass:
/// `-\s*\[(?P<title>[^\]]+)\]\((?P<url>[^\)]+)\)(?::\s*(?P<desc>.*))?`
///
/// At a given `-` the pattern has a single way to match (`\s*` must reach the `[`, `[^\]]+`
/// must stop at the first `]`, `[^\)]+` at the first `)`), so the search only has to find the
/// leftmost `-` where that one way works. The first `]` and `)` are found with cursors that
/// only move forward, which keeps a line of `- [a](` repeated linear where Python backtracks
/// quadratically.
enum ReferenceLinkPattern {
    static func search(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> ReferenceLink? {
        let end = line.upperBound
        var closeBracket = line.lowerBound
        var closeParen = line.lowerBound
        var start = line.lowerBound
        while start < end {
            guard bytes[start] == 0x2D else {
                start += 1
                continue
            }
            let open = PythonText.skipWhitespace(bytes, start + 1, end)
            guard open < end, bytes[open] == 0x5B else {
                start += 1
                continue
            }
            if closeBracket <= open { closeBracket = open + 1 }
            while closeBracket < end, bytes[closeBracket] != 0x5D { closeBracket += 1 }
            // No `]` after this `[` means none after any later one either.
            guard closeBracket < end else { return nil }
            guard closeBracket > open + 1, closeBracket + 1 < end, bytes[closeBracket + 1] == 0x28 else {
                start += 1
                continue
            }
            let urlStart = closeBracket + 2
            if closeParen < urlStart { closeParen = urlStart }
            while closeParen < end, bytes[closeParen] != 0x29 { closeParen += 1 }
            guard closeParen < end else { return nil }
            guard closeParen > urlStart else {
                start += 1
                continue
            }
            var matchEnd = closeParen + 1
            var desc: Range<Int>?
            if matchEnd < end, bytes[matchEnd] == 0x3A {
                let descStart = PythonText.skipWhitespace(bytes, matchEnd + 1, end)
                desc = descStart..<end
                matchEnd = end
            }
            return ReferenceLink(
                line: line, match: start..<matchEnd, title: (open + 1)..<closeBracket,
                url: urlStart..<closeParen, desc: desc)
        }
        return nil
    }
}
