/// H4: HTML comments outside code, which render as nothing but reach the model in full.
struct CommentSpan {
    /// From `<!--` to the end of `-->` (or the end of the text when unclosed).
    var range: Range<Int>
    var body: Range<Int>
}

enum CommentScanner {
    /// The comment opening at `start`, or nil when it is a rulesmith suppression directive.
    static func comment(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> CommentSpan? {
        let bodyStart = start + 4
        var index = bodyStart
        let count = bytes.count
        var end = count
        var bodyEnd = count
        while index + 2 < count {
            if bytes[index] == 0x2D, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x3E {
                bodyEnd = index
                end = index + 3
                break
            }
            index += 1
        }
        var first = bodyStart
        while first < bodyEnd, LineView.isSpace(bytes[first]) { first += 1 }
        let marker = Array("rulesmith-".utf8)
        if first + marker.count <= bodyEnd, Array(bytes[first..<(first + marker.count)]) == marker { return nil }
        return CommentSpan(range: start..<end, body: bodyStart..<bodyEnd)
    }

    /// The body collapsed to one line and shortened, for a message.
    static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, _ body: Range<Int>) -> String {
        let upper = min(body.upperBound, body.lowerBound + 400)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[body.lowerBound..<upper]), as: UTF8.self)
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return CodePointDescription.shortened(collapsed, limit: 60)
    }
}
