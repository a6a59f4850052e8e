/// The sentence (clause) around a match: intent frames look for their parts inside it. A clause
/// ends at `.`, `!`, `?`, `;`, a table cell's `|`, their full-width forms, a blank line or a new
/// Markdown block; a paragraph's hard wraps and a shell line's `\` continuation do not end it.
enum Clause {
    /// How far a clause reaches on each side of a match.
    static let reach = 400

    static func bounds(_ bytes: UnsafeBufferPointer<UInt8>, around range: Range<Int>, joinLines: Bool) -> Range<Int> {
        let lower = start(bytes, before: range.lowerBound, joinLines: joinLines)
        let upper = end(bytes, after: range.upperBound, joinLines: joinLines)
        return lower..<max(lower, upper)
    }

    /// The start of the clause holding `index`.
    static func start(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int, joinLines: Bool) -> Int {
        let limit = max(0, index - reach)
        var position = index
        while position > limit {
            let byte = bytes[position - 1]
            if byte == 0x0A {
                guard joinLines, joins(bytes, lineBreak: position - 1) else { return position }
            } else if isTerminator(bytes, at: position - 1) {
                return position
            } else if byte >= 0x80, position >= 3, isWideTerminator(bytes, position - 3) {
                return position
            }
            position -= 1
        }
        return position
    }

    /// The end of the clause holding `index` (exclusive).
    static func end(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, joinLines: Bool) -> Int {
        let limit = min(bytes.count, index + reach)
        var position = index
        while position < limit {
            let byte = bytes[position]
            if byte == 0x0A {
                guard joinLines, joins(bytes, lineBreak: position) else { return position }
            } else if isTerminator(bytes, at: position) {
                return position
            } else if byte >= 0xE3, isWideTerminator(bytes, position) {
                return position
            }
            position += 1
        }
        return position
    }

    /// `.`, `!`, `?` or `;` ending a sentence (followed by a space, a line end or a closing mark;
    /// not the dots of "e.g." or "z. B."), or a table cell's `|`.
    private static func isTerminator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x7C { return true }
        guard byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B else { return false }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x0A
        guard next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x22 || next == 0x27 || next == 0x29
            || next == 0x2A || next == 0x60 || next == 0x5F || next >= 0x80 else { return false }
        if byte == 0x2E, index >= 1, LineView.isWordByte(bytes[index - 1]),
           index < 2 || !LineView.isWordByte(bytes[index - 2]) {
            return false
        }
        return true
    }

    /// 。！？；｜ (U+3002, U+FF01, U+FF1F, U+FF1B, U+FF5C) at `index`.
    private static func isWideTerminator(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let (a, b, c) = (bytes[index], bytes[index + 1], bytes[index + 2])
        if a == 0xE3, b == 0x80, c == 0x82 { return true }
        guard a == 0xEF else { return false }
        return (b == 0xBC && (c == 0x81 || c == 0x9F || c == 0x9B)) || (b == 0xBD && c == 0x9C)
    }

    /// Whether the line break at `index` continues the sentence: a `\` continuation, or a hard wrap
    /// inside a paragraph or list item (the next line starts no new block).
    static func joins(_ bytes: UnsafeBufferPointer<UInt8>, lineBreak index: Int) -> Bool {
        var lineEnd = index
        if lineEnd > 0, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        var lastVisible = lineEnd
        while lastVisible > 0, bytes[lastVisible - 1] == 0x20 || bytes[lastVisible - 1] == 0x09 { lastVisible -= 1 }
        guard lastVisible > 0, bytes[lastVisible - 1] != 0x0A else { return false }
        let continued = bytes[lastVisible - 1] == 0x5C
        var lineStart = lastVisible
        var steps = 0
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, steps < reach {
            lineStart -= 1
            steps += 1
        }
        var first = lineStart
        while first < lastVisible, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        if !continued, first < lastVisible, bytes[first] == 0x23 || bytes[first] == 0x7C { return false }
        if !continued, isFence(bytes, first) { return false }
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        guard next < bytes.count, bytes[next] != 0x0A, bytes[next] != 0x0D else { return false }
        if continued { return true }
        // Structured data (JSON, YAML flow style) is not a paragraph: a line that opens or closes
        // a value, or ends an entry (`"npx",`), ends the clause, so a key of one object never
        // pairs with a key of the next ("autoApprove" with a neighbour's "command").
        if endsStructure(bytes, lastVisible) || bytes[next] == 0x7D || bytes[next] == 0x5D { return false }
        return !startsBlock(bytes, next)
    }

    /// Whether the line ending at `end` (exclusive) ends with `{`, `[`, `}`, `]`, or a comma after
    /// a closing quote or bracket.
    private static func endsStructure(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let last = bytes[end - 1]
        if last == 0x7B || last == 0x5B || last == 0x7D || last == 0x5D { return true }
        guard last == 0x2C, end >= 2 else { return false }
        let before = bytes[end - 2]
        return before == 0x22 || before == 0x7D || before == 0x5D
    }

    /// Whether a Markdown block marker starts at `index` (heading, quote, table, fence, HTML,
    /// list item, setext underline).
    private static func startsBlock(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x23 || byte == 0x3E || byte == 0x7C || byte == 0x3C { return true }
        if isFence(bytes, index) { return true }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x0A
        if byte == 0x2D || byte == 0x2A || byte == 0x2B || byte == 0x3D {
            if next == 0x20 || next == 0x09 { return true }
            var cursor = index
            while cursor < bytes.count, bytes[cursor] == byte { cursor += 1 }
            if cursor >= bytes.count || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D { return true }
        }
        if byte >= 0x30, byte <= 0x39 {
            var cursor = index
            while cursor < bytes.count, cursor < index + 9, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
            if cursor + 1 < bytes.count, bytes[cursor] == 0x2E || bytes[cursor] == 0x29, bytes[cursor + 1] == 0x20 { return true }
        }
        return false
    }

    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let byte = bytes[index]
        return (byte == 0x60 || byte == 0x7E) && bytes[index + 1] == byte && bytes[index + 2] == byte
    }
}
