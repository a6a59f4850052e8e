/// Places byte offsets of one text at line:column when they come in ascending order, counting
/// each stretch of a line's scalars once: a hostile line of megabytes with thousands of findings
/// costs one pass over the line, where `SourceText.position(ofByte:)` would count from the line
/// start for each.
package struct PositionCursor {
    let source: SourceText
    private var offset = 0
    private var line = 0
    private var column = 1

    package init(_ source: SourceText) {
        self.source = source
    }

    /// The position of `target`; the cursor moves there. Any order is correct, ascending is fast.
    package mutating func position(ofByte target: Int) -> SourcePosition {
        let clamped = min(max(0, target), source.bytes.count)
        let targetLine = source.lineIndex(ofByte: clamped)
        if targetLine != line || clamped < offset {
            line = targetLine
            offset = source.lineStarts[targetLine]
            column = 1
        }
        column += Self.scalarStarts(source.bytes, offset..<clamped)
        offset = clamped
        return SourcePosition(line: line + 1, column: column)
    }

    /// The position of `end`, counted from `start` (at `position`) when both lie on one line;
    /// the cursor stays where it is.
    package func position(ofByte end: Int, after start: Int, at position: SourcePosition) -> SourcePosition {
        let clamped = min(max(start, end), source.bytes.count)
        let endLine = source.lineIndex(ofByte: clamped)
        guard endLine == position.line - 1 else { return source.position(ofByte: clamped) }
        return SourcePosition(line: position.line, column: position.column + Self.scalarStarts(source.bytes, start..<clamped))
    }

    /// How many scalars start in `range` (bytes that are not UTF-8 continuation bytes).
    private static func scalarStarts(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
