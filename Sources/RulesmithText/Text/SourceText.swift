/// The bytes of one file with a line index, mapping byte offsets to 1-based line and column.
public struct SourceText: Sendable {
    /// The raw bytes, exactly as read.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; line terminators are LF, CRLF or a lone CR (CommonMark).
    public let lineStarts: LineStarts
    /// Whether `bytes` is well-formed UTF-8.
    public let isValidUTF8: Bool
    /// The longest text the analyses address: Markdown blocks and llms.txt items store 32-bit
    /// offsets (`UInt32.max` marks "none"). Callers reject larger files before linting them.
    public static let maximumByteCount = Int(UInt32.max) - 1

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: LineStarts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            // Most files have no carriage return at all: then each line ends at the next line
            // feed, which memchr finds far faster than a search for either byte.
            if ByteScan.first(0x0D, in: buffer, from: 0, to: count) == count {
                while true {
                    index = ByteScan.first(0x0A, in: buffer, from: index, to: count)
                    guard index < count else { return }
                    index += 1
                    starts.append(index)
                }
            }
            while true {
                index = ByteScan.first(0x0A, or: 0x0D, in: buffer, from: index, to: count)
                guard index < count else { break }
                if buffer[index] == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
                index += 1
            }
        }
        lineStarts = starts
        isValidUTF8 = UTF8Validation.isValid(bytes)
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// Number of lines; a trailing line terminator does not open a new (empty) line.
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// Byte range of the 0-based line `index`, without its terminator.
    @inlinable
    public func contentRange(ofLine index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Byte range of the 0-based line `index`, including its terminator.
    @inlinable
    public func fullRange(ofLine index: Int) -> Range<Int> {
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        return start..<end
    }

    /// 0-based index of the line holding byte `offset` (offsets past the end map to the last line).
    public func lineIndex(ofByte offset: Int) -> Int {
        SortedSearch.last(in: 0..<lineStarts.count, atOrBefore: offset) { lineStarts[$0] }
    }

    /// 1-based line and column of byte `offset`; the column counts Unicode scalar values.
    public func position(ofByte offset: Int) -> SourcePosition {
        let clamped = min(max(0, offset), bytes.count)
        let line = lineIndex(ofByte: clamped)
        var column = 1
        var index = lineStarts[line]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The text of `range`, decoded leniently (invalid sequences become U+FFFD).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The whole text, decoded leniently.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A 1-based line and column (columns count Unicode scalar values).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
