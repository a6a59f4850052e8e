import RulesmithText

/// Finds `@path` imports the way Claude Code does: an `@` at the start of a line or after
/// whitespace, outside code spans and code blocks, in the body after any frontmatter.
public enum ImportScanner {
    /// Every import in `source`'s prose from `bodyStart` on, in order.
    public static func imports(in source: SourceText, markdown: MarkdownDocument, bodyStart: Int = 0) -> [ImportReference] {
        let bytes = source.bytes
        var output: [ImportReference] = []
        for block in markdown.inlineBlocks where block.range.lowerBound >= bodyStart {
            let spans = MarkdownInline.codeSpans(bytes, in: block.range)
            var spanIndex = 0
            var index = block.range.lowerBound
            while index < block.range.upperBound {
                if spanIndex < spans.count, index >= spans[spanIndex].lowerBound {
                    index = max(index, spans[spanIndex].upperBound)
                    spanIndex += 1
                    continue
                }
                if bytes[index] == 0x40, index == block.range.lowerBound || isSpace(bytes[index - 1]),
                   let reference = token(bytes, at: index, end: block.range.upperBound) {
                    output.append(reference)
                    index = reference.range.upperBound
                    continue
                }
                index += 1
            }
        }
        return output
    }

    /// The import starting at the `@` at `start`, or nil when no path follows it.
    private static func token(_ bytes: [UInt8], at start: Int, end: Int) -> ImportReference? {
        var index = start + 1
        var text: [UInt8] = []
        while index < end {
            let byte = bytes[index]
            if byte == 0x5C, index + 1 < end, bytes[index + 1] == 0x20 {
                text.append(0x20)
                index += 2
                continue
            }
            if isSpace(byte) || byte == 0x60 { break }
            text.append(byte)
            index += 1
        }
        var tokenEnd = index
        while let last = text.last, trailingPunctuation.contains(last) {
            text.removeLast()
            tokenEnd -= 1
        }
        guard let first = text.first, isPathStart(first) else { return nil }
        let path = String(decoding: text, as: UTF8.self)
        return ImportReference(path: path, range: start..<tokenEnd, isFilePath: looksLikeFile(path))
    }

    private static func looksLikeFile(_ path: String) -> Bool {
        if path.hasPrefix("./") || path.hasPrefix("../") || path.hasPrefix("~/") { return true }
        if path.hasPrefix("/") { return !path.hasPrefix("//") && path.count > 1 }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return ImportReference.documentExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static let trailingPunctuation: Set<UInt8> = Set(".,;:!?)]}>\"'*".utf8)

    private static func isPathStart(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F || byte == 0x2D || byte >= 0x80
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
