import RulesmithText

/// What an index needs from one Markdown document: its title (front matter `title:`, the first
/// H1, or a heading that opens the page) and its lead (front matter `description:`, or the first
/// paragraph with words after the H1 that is not a row of links, badges or languages).
struct MarkdownOutline {
    var title: String?
    /// The first paragraph as plain text on one line, or the front matter's description.
    var lead: String?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var frontTitle: String?
        var frontDescription: String?
        if let (end, fields) = Self.frontMatter(bytes, from: start) {
            start = end
            frontTitle = fields["title"]
            frontDescription = fields["description"]
        }
        let body = Array(bytes[start...])
        let source = SourceText(bytes: body)
        let markdown = MarkdownDocument(source)
        var heading: String?
        var leadingHeading: String?
        var beforeHeading: String?
        var afterHeading: String?
        scan: for block in markdown.blocks where block.parent == nil {
            switch block.kind {
            case .heading(1, _) where heading == nil:
                heading = InlinePlainText.plain(body, block.contentRange)
            case .heading where leadingHeading == nil && beforeHeading == nil:
                // A page that opens with an H2 or H3 is named by it, when it has no H1.
                leadingHeading = InlinePlainText.plain(body, block.contentRange)
            case .paragraph:
                let text = InlinePlainText.plain(body, block.range)
                // Badge rows reduce to nothing, and a row of language links says nothing about
                // the project: only a paragraph with words of its own is a lead.
                guard Self.hasWords(text), !NavigationParagraph.matches(body, block.range) else { continue }
                if heading != nil {
                    afterHeading = text
                    break scan
                }
                if beforeHeading == nil { beforeHeading = text }
            default:
                continue
            }
        }
        title = Self.nonEmpty(frontTitle) ?? Self.nonEmpty(heading) ?? Self.nonEmpty(leadingHeading)
        lead = Self.nonEmpty(frontDescription) ?? afterHeading ?? beforeHeading
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// At least one letter or digit.
    private static func hasWords(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// A `---` … `---` (or `...`) block at `start`: where the body begins, and its one-line
    /// `key: value` fields (quotes removed). Nested YAML is not needed for a title.
    static func frontMatter(_ bytes: [UInt8], from start: Int) -> (Int, [String: String])? {
        guard ByteClass.hasPrefix(bytes, at: start, "---") else { return nil }
        var index = start + 3
        while index < bytes.count, ByteClass.isBlank(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == 0x0D { index += 1 }
        guard index < bytes.count, bytes[index] == 0x0A else { return nil }
        index += 1
        var fields: [String: String] = [:]
        while index < bytes.count {
            var lineEnd = index
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = ByteClass.trimmed(bytes, index..<(lineEnd > index && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd))
            let next = min(lineEnd + 1, bytes.count)
            let text = String(decoding: bytes[line], as: UTF8.self)
            if text == "---" || text == "..." { return (next, fields) }
            if line.lowerBound == index, let colon = text.firstIndex(of: ":") {
                let key = String(text[..<colon].trimmingWhitespace).lowercased()
                var value = String(text[text.index(after: colon)...].trimmingWhitespace)
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = InlinePlainText.plain(value) }
            }
            index = next
        }
        return nil
    }
}
