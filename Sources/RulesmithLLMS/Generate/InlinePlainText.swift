import RulesmithText

/// Markdown inline text reduced to what a reader sees, on one line: links become their text,
/// images and badges disappear, code spans lose their backticks, HTML tags and emphasis markers
/// go, a few entities are decoded, and runs of whitespace become one space.
enum InlinePlainText {
    /// The longest input read; summaries and notes need only the start of a paragraph.
    static let maximumInput = 8192

    static func plain(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let capped = range.lowerBound..<min(range.upperBound, range.lowerBound + maximumInput)
        var output: [UInt8] = []
        output.reserveCapacity(capped.count)
        append(bytes, capped, &output, depth: 0)
        return collapse(output)
    }

    static func plain(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return plain(bytes, 0..<bytes.count)
    }

    private static func append(_ bytes: [UInt8], _ range: Range<Int>, _ output: inout [UInt8], depth: Int) {
        let spans = MarkdownInline.codeSpans(bytes, in: range)
        let links = depth < 4 ? MarkdownInline.links(bytes, in: range) : []
        var spanIndex = 0
        var linkIndex = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if spanIndex < spans.count, index == spans[spanIndex].lowerBound {
                let span = spans[spanIndex]
                var lower = span.lowerBound
                var upper = span.upperBound
                while lower < upper, bytes[lower] == 0x60 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x60 { upper -= 1 }
                output.append(contentsOf: bytes[lower..<upper])
                index = span.upperBound
                spanIndex += 1
                continue
            }
            while spanIndex < spans.count, spans[spanIndex].upperBound <= index { spanIndex += 1 }
            while linkIndex < links.count, links[linkIndex].range.lowerBound < index { linkIndex += 1 }
            if linkIndex < links.count, links[linkIndex].range.lowerBound == index {
                let link = links[linkIndex]
                if !link.isImage { append(bytes, link.textRange, &output, depth: depth + 1) }
                index = link.range.upperBound
                linkIndex += 1
                continue
            }
            let byte = bytes[index]
            switch byte {
            case 0x5C where index + 1 < range.upperBound && isPunctuation(bytes[index + 1]):
                output.append(bytes[index + 1])
                index += 2
            case 0x3C:
                index = skipTag(bytes, index, range.upperBound, &output)
            case 0x26:
                index = decodeEntity(bytes, index, range.upperBound, &output)
            case 0x2A, 0x5F:
                var end = index
                while end < range.upperBound, bytes[end] == byte { end += 1 }
                let before = index > range.lowerBound ? bytes[index - 1] : 0x20
                let after = end < range.upperBound ? bytes[end] : 0x20
                // Emphasis markers sit at a word edge; `snake_case`, `2*3` and `a * b` keep theirs.
                let intraword = isWordByte(before) && isWordByte(after)
                let spaced = isSpace(before) && isSpace(after)
                if intraword || spaced {
                    output.append(contentsOf: bytes[index..<end])
                }
                index = end
            default:
                output.append(byte)
                index += 1
            }
        }
    }

    /// `<tag …>`, `</tag>` and `<!-- … -->` are dropped; an autolink `<https://…>` keeps its URL;
    /// a `<` that starts none of these stays.
    private static func skipTag(_ bytes: [UInt8], _ start: Int, _ end: Int, _ output: inout [UInt8]) -> Int {
        var index = start + 1
        guard index < end else {
            output.append(0x3C)
            return index
        }
        let first = bytes[index]
        let isLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
        guard isLetter || first == 0x2F || first == 0x21 else {
            output.append(0x3C)
            return index
        }
        while index < end, bytes[index] != 0x3E, bytes[index] != 0x3C { index += 1 }
        guard index < end, bytes[index] == 0x3E else {
            output.append(0x3C)
            return start + 1
        }
        let inner = bytes[(start + 1)..<index]
        if isLetter, let colon = inner.firstIndex(of: 0x3A), !inner.contains(0x20), colon > start + 1 {
            output.append(contentsOf: inner)
        }
        output.append(0x20)
        return index + 1
    }

    private static let entities: [(String, String)] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", " "),
    ]

    private static func decodeEntity(_ bytes: [UInt8], _ start: Int, _ end: Int, _ output: inout [UInt8]) -> Int {
        for (entity, value) in entities where ByteClass.hasPrefix(bytes, at: start, entity) && start + entity.utf8.count <= end {
            output.append(contentsOf: value.utf8)
            return start + entity.utf8.count
        }
        output.append(0x26)
        return start + 1
    }

    /// `text` with whitespace runs (line breaks included) as one space, trimmed.
    static func collapseWhitespace(_ text: String) -> String { collapse(Array(text.utf8)) }

    /// Whitespace runs (line breaks included) become one space; the ends are trimmed.
    private static func collapse(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isSpace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { ByteClass.isWhitespace(byte) }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }
}
