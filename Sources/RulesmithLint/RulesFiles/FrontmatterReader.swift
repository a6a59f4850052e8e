import RulesmithText

/// The tolerant line-based `key: value` reader behind `Frontmatter`. It accepts what Cursor and
/// the other editors accept (unquoted globs starting with `*`, comma lists, flow lists, empty
/// values) and hands only nested blocks to Yams. Linear in the frontmatter's size.
struct FrontmatterReader {
    let source: SourceText
    let lines: Range<Int>
    private(set) var entries: [FrontmatterEntry] = []
    /// The entry a more-indented line continues, when its value is a plain scalar.
    private var continuable: Int?
    /// Continuation lines per entry, joined once at the end (joining as they come is quadratic).
    private var continuations: [Int: [Range<Int>]] = [:]

    init(source: SourceText, lines: Range<Int>) {
        self.source = source
        self.lines = lines
    }

    private var bytes: [UInt8] { source.bytes }

    /// Reads every entry; returns the first unreadable construct, if any.
    mutating func read() -> FrontmatterError? {
        var line = lines.lowerBound
        while line < lines.upperBound {
            let range = source.contentRange(ofLine: line)
            let start = skipBlanks(range.lowerBound, range.upperBound)
            if start == range.upperBound || bytes[start] == 0x23 {
                line += 1
                continue
            }
            if start > range.lowerBound {
                guard let index = continuable else {
                    return failure(line, "line \(line + 1) is indented but continues no key")
                }
                extendPlain(index, to: trimmedEnd(start, range.upperBound))
                line += 1
                continue
            }
            continuable = nil
            if bytes[start] == 0x2D, start + 1 == range.upperBound || isBlank(bytes[start + 1]) {
                return failure(line, "line \(line + 1) is a list item outside any key")
            }
            guard let (key, keyRange, colon) = readKey(range) else {
                let text = source.string(range)
                return failure(line, "line \(line + 1) is not 'key: value' ('\(Self.clip(text))')")
            }
            let valueStart = skipBlanks(colon + 1, range.upperBound)
            switch readValue(line: line, from: valueStart, lineEnd: range.upperBound) {
            case .failure(let error):
                return error
            case .success(let (value, valueRange, nextLine)):
                entries.append(FrontmatterEntry(key: key, keyRange: keyRange, value: value, valueRange: valueRange, line: line))
                if case .scalar(let scalar) = value, scalar.style == .plain { continuable = entries.count - 1 }
                line = nextLine
            }
        }
        joinContinuations()
        return nil
    }

    // MARK: Keys

    /// `key:` at the start of a line; the key may be quoted or contain spaces (`Always Apply:`).
    private func readKey(_ range: Range<Int>) -> (String, Range<Int>, Int)? {
        let start = range.lowerBound
        if bytes[start] == 0x22 || bytes[start] == 0x27 {
            let quote = bytes[start]
            var index = start + 1
            while index < range.upperBound, bytes[index] != quote { index += 1 }
            guard index < range.upperBound else { return nil }
            let colon = skipBlanks(index + 1, range.upperBound)
            guard colon < range.upperBound, bytes[colon] == 0x3A else { return nil }
            return (source.string((start + 1)..<index), start..<(index + 1), colon)
        }
        var index = start
        while index < range.upperBound {
            if bytes[index] == 0x3A, index + 1 == range.upperBound || isBlank(bytes[index + 1]) { break }
            if bytes[index] == 0x23, index > start, isBlank(bytes[index - 1]) { return nil }
            index += 1
        }
        if index == range.upperBound {
            // `globs:*.ts` is not YAML, but an editor reading `key:` up to the colon accepts it.
            var identifier = start
            while identifier < range.upperBound, Self.isIdentifier(bytes[identifier]) { identifier += 1 }
            guard identifier > start, identifier < range.upperBound, bytes[identifier] == 0x3A else { return nil }
            index = identifier
        }
        let keyEnd = trimmedEnd(start, index)
        guard keyEnd > start else { return nil }
        return (source.string(start..<keyEnd), start..<keyEnd, index)
    }

    // MARK: Values

    private typealias ValueResult = Result<(FrontmatterValue, Range<Int>, Int), FrontmatterError>

    private func readValue(line: Int, from start: Int, lineEnd: Int) -> ValueResult {
        guard start < lineEnd, bytes[start] != 0x23 else { return readBlock(line: line, at: start) }
        switch bytes[start] {
        case 0x22, 0x27:
            return readQuoted(line: line, from: start)
        case 0x5B:
            return readFlowList(line: line, from: start)
        case 0x7B:
            return readFlowMap(line: line, from: start)
        case 0x7C, 0x3E:
            return readBlockScalar(line: line, from: start, lineEnd: lineEnd)
        default:
            let end = plainEnd(start, lineEnd)
            let text = source.string(start..<end)
            if ["null", "Null", "NULL", "~"].contains(text) { return .success((.empty, start..<end, line + 1)) }
            let scalar = FrontmatterScalar(text: text, style: .plain, range: start..<end, textRange: start..<end)
            return .success((.scalar(scalar), start..<end, line + 1))
        }
    }

    /// `key:` with nothing after it: an empty value, a block list of scalars, or nested YAML.
    private func readBlock(line: Int, at position: Int) -> ValueResult {
        var next = line + 1
        var last = line
        while next < lines.upperBound {
            let range = source.contentRange(ofLine: next)
            let start = skipBlanks(range.lowerBound, range.upperBound)
            let blank = start == range.upperBound
            let dash = bytes[start...].first == 0x2D && (start + 1 == range.upperBound || isBlank(bytes[start + 1]))
            guard blank || start > range.lowerBound || dash else { break }
            if !blank { last = next }
            next += 1
        }
        guard last > line else { return .success((.empty, position..<position, line + 1)) }
        let block = (line + 1)...last
        let blockRange = source.lineStarts[line + 1]..<source.contentRange(ofLine: last).upperBound
        if let items = blockListItems(block) {
            return .success((.list(items), blockRange, last + 1))
        }
        if let error = FrontmatterYAML.check(source, lines: line...last) { return .failure(error) }
        return .success((.nested, blockRange, last + 1))
    }

    /// The items of a block list whose every line is `- scalar` at one indentation, or nil.
    private func blockListItems(_ block: ClosedRange<Int>) -> [FrontmatterScalar]? {
        var items: [FrontmatterScalar] = []
        var indent: Int?
        for line in block {
            let range = source.contentRange(ofLine: line)
            let start = skipBlanks(range.lowerBound, range.upperBound)
            if start == range.upperBound || bytes[start] == 0x23 { continue }
            guard bytes[start] == 0x2D, start + 1 == range.upperBound || isBlank(bytes[start + 1]) else { return nil }
            if indent == nil { indent = start - range.lowerBound }
            guard indent == start - range.lowerBound else { return nil }
            let itemStart = skipBlanks(start + 1, range.upperBound)
            guard let item = inlineScalar(itemStart, range.upperBound) else { return nil }
            items.append(item)
        }
        return items
    }

    /// A one-line scalar inside a list: quoted or plain, never a map or a nested list.
    private func inlineScalar(_ start: Int, _ end: Int) -> FrontmatterScalar? {
        guard start < end else { return FrontmatterScalar(text: "", style: .plain, range: start..<start, textRange: start..<start) }
        if bytes[start] == 0x22 || bytes[start] == 0x27 {
            guard let (scalar, after) = quotedScalar(from: start, limit: end), isTrailingSpace(after, end) else { return nil }
            return scalar
        }
        if bytes[start] == 0x5B || bytes[start] == 0x7B { return nil }
        let scalarEnd = plainEnd(start, end)
        var index = start
        while index + 1 < scalarEnd {
            if bytes[index] == 0x3A, isBlank(bytes[index + 1]) { return nil }
            index += 1
        }
        return FrontmatterScalar(text: source.string(start..<scalarEnd), style: .plain, range: start..<scalarEnd, textRange: start..<scalarEnd)
    }

    private func readQuoted(line: Int, from start: Int) -> ValueResult {
        let limit = source.lineStarts[lines.upperBound]
        guard let (scalar, after) = quotedScalar(from: start, limit: limit) else {
            return .failure(failure(line, "line \(line + 1): the quoted value is never closed"))
        }
        let endLine = source.lineIndex(ofByte: max(start, after - 1))
        let lineEnd = source.contentRange(ofLine: endLine).upperBound
        guard isTrailingSpace(after, lineEnd) else {
            let extra = source.string(skipBlanks(after, lineEnd)..<lineEnd)
            return .failure(failure(
                endLine,
                "line \(endLine + 1): text after the closing quote ('\(Self.clip(extra))'); write one quoted string such as \"a,b\" or a list such as [\"a\", \"b\"]"))
        }
        return .success((.scalar(scalar), scalar.range, endLine + 1))
    }

    /// A single- or double-quoted scalar from `start` (the quote); returns it and the index after it.
    private func quotedScalar(from start: Int, limit: Int) -> (FrontmatterScalar, Int)? {
        let quote = bytes[start]
        var text: [UInt8] = []
        var direct = true
        var index = start + 1
        while index < limit {
            let byte = bytes[index]
            if byte == quote {
                if quote == 0x27, index + 1 < limit, bytes[index + 1] == 0x27 {
                    text.append(0x27)
                    direct = false
                    index += 2
                    continue
                }
                let style: FrontmatterScalar.Style = quote == 0x22 ? .doubleQuoted : .singleQuoted
                let scalar = FrontmatterScalar(
                    text: String(decoding: text, as: UTF8.self), style: style, range: start..<(index + 1),
                    textRange: direct ? (start + 1)..<index : nil)
                return (scalar, index + 1)
            }
            if byte == 0x5C, quote == 0x22, index + 1 < limit {
                direct = false
                text.append(Self.unescape(bytes[index + 1]))
                index += 2
                continue
            }
            if byte == 0x0A || byte == 0x0D { direct = false }
            text.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte)
            index += 1
        }
        return nil
    }

    private func readFlowList(line: Int, from start: Int) -> ValueResult {
        let limit = source.lineStarts[lines.upperBound]
        var items: [FrontmatterScalar] = []
        var index = start + 1
        var nested = false
        while true {
            index = skipSpace(index, limit)
            guard index < limit else { return .failure(failure(line, "line \(line + 1): '[' is never closed with ']'")) }
            if bytes[index] == 0x5D, items.isEmpty { break }
            let item: FrontmatterScalar
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                guard let (scalar, after) = quotedScalar(from: index, limit: limit) else {
                    return .failure(failure(line, "line \(line + 1): a quoted item in the list is never closed"))
                }
                item = scalar
                index = after
            } else if bytes[index] == 0x5B || bytes[index] == 0x7B {
                nested = true
                guard let close = matchingClose(from: index, limit: limit) else {
                    return .failure(failure(line, "line \(line + 1): '\(Character(Unicode.Scalar(bytes[index])))' is never closed"))
                }
                item = FrontmatterScalar(text: source.string(index..<close), style: .plain, range: index..<close, textRange: nil)
                index = close
            } else {
                let itemStart = index
                while index < limit, bytes[index] != 0x2C, bytes[index] != 0x5D, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                let itemEnd = trimmedEnd(itemStart, index)
                item = FrontmatterScalar(text: source.string(itemStart..<itemEnd), style: .plain, range: itemStart..<itemEnd, textRange: itemStart..<itemEnd)
            }
            items.append(item)
            index = skipSpace(index, limit)
            guard index < limit else { return .failure(failure(line, "line \(line + 1): '[' is never closed with ']'")) }
            if bytes[index] == 0x2C {
                index += 1
                continue
            }
            guard bytes[index] == 0x5D else {
                let at = source.lineIndex(ofByte: index)
                let message = at == line
                    ? "line \(line + 1): expected ',' or ']' after a list item"
                    : "line \(line + 1): the list opened here is never closed with ']' (line \(at + 1) starts a new key)"
                return .failure(failure(line, message))
            }
            break
        }
        let after = index + 1
        let endLine = source.lineIndex(ofByte: index)
        guard isTrailingSpace(after, source.contentRange(ofLine: endLine).upperBound) else {
            return .failure(failure(endLine, "line \(endLine + 1): text after the closing ']'"))
        }
        if nested, let error = FrontmatterYAML.check(source, lines: line...endLine) { return .failure(error) }
        return .success((nested ? .nested : .list(items), start..<after, endLine + 1))
    }

    private func readFlowMap(line: Int, from start: Int) -> ValueResult {
        let limit = source.lineStarts[lines.upperBound]
        guard let close = matchingClose(from: start, limit: limit) else {
            return .failure(failure(line, "line \(line + 1): '{' is never closed with '}'"))
        }
        let endLine = source.lineIndex(ofByte: close - 1)
        if let error = FrontmatterYAML.check(source, lines: line...endLine) { return .failure(error) }
        return .success((.nested, start..<close, endLine + 1))
    }

    /// `|` or `>`: the following more-indented lines, joined.
    private func readBlockScalar(line: Int, from start: Int, lineEnd: Int) -> ValueResult {
        var next = line + 1
        var last = line
        while next < lines.upperBound {
            let range = source.contentRange(ofLine: next)
            let first = skipBlanks(range.lowerBound, range.upperBound)
            if first < range.upperBound, first == range.lowerBound { break }
            if first < range.upperBound { last = next }
            next += 1
        }
        var parts: [String] = []
        if last > line {
            for index in (line + 1)...last {
                let range = source.contentRange(ofLine: index)
                parts.append(source.string(skipBlanks(range.lowerBound, range.upperBound)..<range.upperBound))
            }
        }
        let folded = bytes[start] == 0x3E
        let end = last > line ? source.contentRange(ofLine: last).upperBound : lineEnd
        let scalar = FrontmatterScalar(text: parts.joined(separator: folded ? " " : "\n"), style: .block, range: start..<end, textRange: nil)
        return .success((.scalar(scalar), start..<end, last + 1))
    }

    // MARK: Helpers

    private mutating func extendPlain(_ index: Int, to end: Int) {
        let start = skipBlanks(source.lineStarts[source.lineIndex(ofByte: end - 1)], end)
        continuations[index, default: []].append(start..<end)
    }

    private mutating func joinContinuations() {
        for (index, parts) in continuations {
            var entry = entries[index]
            guard case .scalar(var scalar) = entry.value, let last = parts.last else { continue }
            let added = parts.map { source.string($0) }.joined(separator: " ")
            scalar.text = scalar.text.isEmpty ? added : scalar.text + " " + added
            scalar.range = scalar.range.lowerBound..<last.upperBound
            scalar.textRange = nil
            entry.value = .scalar(scalar)
            entry.valueRange = entry.valueRange.lowerBound..<last.upperBound
            entries[index] = entry
        }
    }

    /// The end of a plain scalar: before a ` #` comment, trailing blanks trimmed.
    private func plainEnd(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end {
            if bytes[index] == 0x23, index > start, isBlank(bytes[index - 1]) { break }
            index += 1
        }
        return trimmedEnd(start, index)
    }

    /// Index after the bracket that closes the `[` or `{` at `start`, skipping quoted text.
    private func matchingClose(from start: Int, limit: Int) -> Int? {
        var depth = 0
        var index = start
        var quote: UInt8?
        while index < limit {
            let byte = bytes[index]
            if let open = quote {
                if byte == 0x5C, open == 0x22 { index += 1 } else if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B || byte == 0x7B {
                depth += 1
            } else if byte == 0x5D || byte == 0x7D {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    private func isTrailingSpace(_ start: Int, _ end: Int) -> Bool {
        let first = skipBlanks(start, end)
        return first == end || (bytes[first] == 0x23 && first > start)
    }

    private func skipBlanks(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, isBlank(bytes[index]) { index += 1 }
        return index
    }

    private func skipSpace(_ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, isBlank(bytes[index]) || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        return index
    }

    private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start, isBlank(bytes[index - 1]) { index -= 1 }
        return index
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func failure(_ line: Int, _ message: String) -> FrontmatterError {
        FrontmatterError(message: message, range: source.contentRange(ofLine: line), line: line + 1)
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x2D
    }

    private static func unescape(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x6E: 0x0A
        case 0x74: 0x09
        case 0x72: 0x0D
        case 0x30: 0x00
        default: byte
        }
    }

    /// At most 40 characters of `text`, for messages.
    static func clip(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
