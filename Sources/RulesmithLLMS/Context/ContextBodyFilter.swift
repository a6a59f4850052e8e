/// The reference tool's clean-up of fetched text, kept because it removes noise, not content:
/// a line that is one whole `<!-- … -->` comment, and a line holding an `<img … src="data:image/…">`
/// (inline base64 images are large and useless to a model). Multi-line comments stay.
public enum ContextBodyFilter {
    /// `bytes` without the dropped lines, or nil when nothing is dropped (the common case,
    /// which costs one pass and no copy).
    public static func filtered(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var output: [UInt8]?
            var lineStart = 0
            let count = buffer.count
            while lineStart < count {
                var lineEnd = lineStart
                while lineEnd < count, buffer[lineEnd] != 0x0A, buffer[lineEnd] != 0x0D { lineEnd += 1 }
                var next = lineEnd
                if next < count, buffer[next] == 0x0D { next += 1 }
                if next < count, buffer[next] == 0x0A { next += 1 }
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
                if isCommentLine(line) || hasInlineImage(line) {
                    if output == nil { output = Array(buffer[0..<lineStart]) }
                } else if output != nil {
                    output!.append(contentsOf: buffer[lineStart..<next])
                }
                lineStart = next
            }
            return output
        }
    }

    /// `^<!--.*-->$` on one line, as the reference matches it.
    static func isCommentLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = line.count
        guard count >= 7, line[0] == 0x3C, line[1] == 0x21, line[2] == 0x2D, line[3] == 0x2D else { return false }
        return line[count - 3] == 0x2D && line[count - 2] == 0x2D && line[count - 1] == 0x3E
    }

    /// `<img[^>]*src="data:image/[^"]*"[^>]*>` anywhere in the line, in one linear pass: inside
    /// an `<img` tag find `src="data:image/`, then a closing quote, then a `>`.
    static func hasInlineImage(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker: StaticString = "src=\"data:image/"
        let count = line.count
        var state = 0
        var index = 0
        while index < count {
            let byte = line[index]
            switch state {
            case 0:
                if byte == 0x3C, matches(line, index, "<img") {
                    state = 1
                    index += 4
                    continue
                }
            case 1:
                if byte == 0x3E {
                    state = 0
                } else if byte == 0x73, matches(line, index, marker) {
                    state = 2
                    index += marker.utf8CodeUnitCount
                    continue
                }
            case 2:
                if byte == 0x22 { state = 3 }
            default:
                if byte == 0x3E { return true }
            }
            index += 1
        }
        return false
    }

    private static func matches(_ line: UnsafeBufferPointer<UInt8>, _ at: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard at + length <= line.count else { return false }
        return text.withUTF8Buffer { pattern in
            for offset in 0..<length where line[at + offset] != pattern[offset] { return false }
            return true
        }
    }
}
