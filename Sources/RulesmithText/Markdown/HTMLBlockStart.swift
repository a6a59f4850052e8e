/// CommonMark's seven HTML block start conditions and their end conditions.
enum HTMLBlockStart {
    private static let rawTags: [[UInt8]] = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }
    private static let blockTags: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard start + pattern.count <= end else { return false }
        for (offset, byte) in pattern.enumerated() where lower(bytes[start + offset]) != byte { return false }
        return true
    }

    /// The start condition (1–7) a line beginning with `<` at `start` meets, or nil.
    static func type(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start + 1 < end else { return nil }
        if hasPrefix(bytes, start, end, "<!--") { return 2 }
        if hasPrefix(bytes, start, end, "<?") { return 3 }
        if hasPrefix(bytes, start, end, "<![cdata[") { return 5 }
        if bytes[start + 1] == 0x21, start + 2 < end, isLetter(bytes[start + 2]) { return 4 }
        let closing = bytes[start + 1] == 0x2F
        var nameStart = start + (closing ? 2 : 1)
        var nameEnd = nameStart
        var name: [UInt8] = []
        while nameEnd < end, isLetter(bytes[nameEnd]) || (nameEnd > nameStart && bytes[nameEnd] >= 0x30 && bytes[nameEnd] <= 0x39) || (nameEnd > nameStart && bytes[nameEnd] == 0x2D) {
            name.append(lower(bytes[nameEnd]))
            nameEnd += 1
            if name.count > 32 { break }
        }
        guard !name.isEmpty else { return nil }
        let after: UInt8? = nameEnd < end ? bytes[nameEnd] : nil
        let boundary = after == nil || after == 0x20 || after == 0x09 || after == 0x3E
        if !closing, rawTags.contains(name), boundary { return 1 }
        if blockTags.contains(name), boundary || (after == 0x2F && nameEnd + 1 < end && bytes[nameEnd + 1] == 0x3E) { return 6 }
        // Condition 7: a complete open or closing tag and nothing else on the line.
        nameStart = nameEnd
        var index = nameStart
        var quote: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                if closing { return nil }
                quote = byte
            } else if byte == 0x3E {
                break
            } else if byte == 0x3C {
                return nil
            }
            index += 1
        }
        guard index < end, quote == 0 else { return nil }
        index += 1
        while index < end {
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return nil }
            index += 1
        }
        return 7
    }

    /// Whether the line from `start` to `end` holds the end condition of an HTML block of `type` (1–5).
    static func endsOnLine(type: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let terminators: [String]
        switch type {
        case 1: terminators = ["</script>", "</pre>", "</style>", "</textarea>"]
        case 2: terminators = ["-->"]
        case 3: terminators = ["?>"]
        case 4: terminators = [">"]
        case 5: terminators = ["]]>"]
        default: return false
        }
        var index = start
        while index < end {
            for terminator in terminators where hasPrefix(bytes, index, end, terminator) { return true }
            index += 1
        }
        return false
    }
}
