/// Inline scanning in linear time: code spans, and links with balanced brackets and parentheses.
public enum MarkdownInline {
    /// CommonMark's limit on nested parentheses in a link destination; it also bounds each scan.
    static let maximumParenthesisDepth = 32
    /// Longest link title considered; longer quoted text is not a title (bounds hostile input).
    static let maximumTitleLength = 4096

    /// Code spans in `range`, each from its opening to its closing backtick run.
    public static func codeSpans(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { codeSpans($0, in: range) }
    }

    package static func codeSpans(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var runs: [(start: Int, length: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < range.upperBound, bytes[index + 1] == 0x60 {
                index += 2
                continue
            }
            if byte == 0x60 {
                let start = index
                while index < range.upperBound, bytes[index] == 0x60 { index += 1 }
                runs.append((start, index - start))
                continue
            }
            index += 1
        }
        guard runs.count > 1 else { return [] }
        var nextSame = [Int](repeating: -1, count: runs.count)
        var lastByLength: [Int: Int] = [:]
        for position in stride(from: runs.count - 1, through: 0, by: -1) {
            nextSame[position] = lastByLength[runs[position].length] ?? -1
            lastByLength[runs[position].length] = position
        }
        var spans: [Range<Int>] = []
        var position = 0
        while position < runs.count {
            let closer = nextSame[position]
            if closer >= 0 {
                spans.append(runs[position].start..<(runs[closer].start + runs[closer].length))
                position = closer + 1
            } else {
                position += 1
            }
        }
        return spans
    }

    /// Inline links and images in `range` (outside code spans), in order; nested ones are skipped.
    public static func links(_ bytes: [UInt8], in range: Range<Int>) -> [InlineLink] {
        bytes.withUnsafeBufferPointer { links($0, in: range) }
    }

    static func links(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [InlineLink] {
        var links: [InlineLink] = []
        forEachLink(bytes, in: range) { links.append($0) }
        return links
    }

    /// `links(bytes, in: range)` one at a time, in order, without holding them all: a paragraph
    /// of a million links costs what its unresolved brackets cost.
    public static func forEachLink(_ bytes: [UInt8], in range: Range<Int>, _ body: (InlineLink) -> Void) {
        bytes.withUnsafeBufferPointer { forEachLink($0, in: range, body) }
    }

    package static func forEachLink(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, _ body: (InlineLink) -> Void) {
        let spans = codeSpans(bytes, in: range)
        var opens: [Int] = []
        var closeFor: [Int] = []
        var stack: [Int] = []
        var spanIndex = 0
        var resumeAt = range.lowerBound
        // Links are read in the order of their `[`, once every `[` so far is closed (the stack is
        // empty): a later `]` cannot change them, so they are read and forgotten.
        func readResolved() {
            for (position, open) in opens.enumerated() where open >= resumeAt {
                let close = closeFor[position]
                guard close >= 0, close + 1 < range.upperBound, bytes[close + 1] == 0x28 else { continue }
                guard let tail = destination(bytes, from: close + 2, end: range.upperBound) else { continue }
                let isImage = open > range.lowerBound && bytes[open - 1] == 0x21 && !(open - 1 > range.lowerBound && bytes[open - 2] == 0x5C)
                let start = isImage ? open - 1 : open
                body(InlineLink(
                    range: start..<(tail.end + 1), textRange: (open + 1)..<close,
                    destinationRange: tail.destination, titleRange: tail.title, isImage: isImage,
                    isAngleBracketed: tail.angle))
                resumeAt = tail.end + 1
            }
            opens.removeAll(keepingCapacity: true)
            closeFor.removeAll(keepingCapacity: true)
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if spanIndex < spans.count, index >= spans[spanIndex].lowerBound {
                index = spans[spanIndex].upperBound
                spanIndex += 1
                continue
            }
            let byte = bytes[index]
            if byte == 0x5C {
                index += 2
                continue
            }
            if byte == 0x5B {
                opens.append(index)
                closeFor.append(-1)
                stack.append(opens.count - 1)
            } else if byte == 0x5D, let open = stack.popLast() {
                closeFor[open] = index
                if stack.isEmpty { readResolved() }
            }
            index += 1
        }
        readResolved()
    }

    /// Parses `destination "title")` starting just after `(`; returns the index of the `)`.
    private static func destination(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int
    ) -> (destination: Range<Int>, title: Range<Int>?, angle: Bool, end: Int)? {
        var index = skipSpace(bytes, start, end)
        guard index < end else { return nil }
        var destination: Range<Int>
        var angle = false
        if bytes[index] == 0x3C {
            angle = true
            let lower = index + 1
            var scan = lower
            while scan < end, bytes[scan] != 0x3E {
                let byte = bytes[scan]
                if byte == 0x0A || byte == 0x0D || byte == 0x3C { return nil }
                if byte == 0x5C { scan += 1 }
                scan += 1
            }
            guard scan < end else { return nil }
            destination = lower..<scan
            index = scan + 1
        } else {
            let lower = index
            var depth = 0
            while index < end {
                let byte = bytes[index]
                if byte <= 0x20 { break }
                if byte == 0x5C, index + 1 < end {
                    index += 2
                    continue
                }
                if byte == 0x28 {
                    depth += 1
                    if depth > maximumParenthesisDepth { return nil }
                } else if byte == 0x29 {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
            }
            guard depth == 0 else { return nil }
            destination = lower..<index
        }
        let afterDestination = index
        index = skipSpace(bytes, index, end)
        guard index < end else { return nil }
        var title: Range<Int>?
        let opener = bytes[index]
        if index > afterDestination, opener == 0x22 || opener == 0x27 || opener == 0x28 {
            let closer: UInt8 = opener == 0x28 ? 0x29 : opener
            let lower = index + 1
            var scan = lower
            while scan < end, bytes[scan] != closer, scan - lower < maximumTitleLength {
                if bytes[scan] == 0x5C { scan += 1 }
                scan += 1
            }
            guard scan < end, bytes[scan] == closer else { return nil }
            title = lower..<scan
            index = skipSpace(bytes, scan + 1, end)
        }
        guard index < end, bytes[index] == 0x29 else { return nil }
        if destination.isEmpty, !angle { destination = start..<start }
        return (destination, title, angle, index)
    }

    /// Skips spaces, tabs and at most one line ending.
    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        var newlines = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 {
                index += 1
            } else if byte == 0x0A || byte == 0x0D {
                newlines += 1
                if newlines > 1 { break }
                index += (byte == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A) ? 2 : 1
            } else {
                break
            }
        }
        return index
    }
}
