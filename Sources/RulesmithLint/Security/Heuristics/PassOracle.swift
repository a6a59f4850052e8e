import RulesmithText

/// Answers Markdown questions (code block, code span, HTML block) for offsets of a pass's text by
/// mapping them to the scanned document; built lazily, only when a candidate needs it.
final class PassOracle {
    private let document: LintDocument
    private let text: SecurityText
    private let toScanned: (Int) -> Int
    private var markdown: MarkdownDocument?
    private var spanLine = -1
    private var spans: [Range<Int>] = []

    init(document: LintDocument, text: SecurityText, toScanned: @escaping (Int) -> Int) {
        self.document = document
        self.text = text
        self.toScanned = toScanned
    }

    private func structure() -> MarkdownDocument {
        if let markdown { return markdown }
        let built = document.analysis(SecurityMarkdown.self).markdown
        markdown = built
        return built
    }

    private func line(_ offset: Int) -> Int { text.source.lineIndex(ofByte: toScanned(offset)) }

    func isCode(_ offset: Int) -> Bool { structure().isCodeLine(line(offset)) }

    func isHTML(_ offset: Int) -> Bool { structure().isHTMLLine(line(offset)) }

    /// Heading blocks in document order: first line and the heading's text range.
    private var headingIndex: [(line: Int, text: Range<Int>)]?
    /// Heading texts already read, by position in `headingIndex`.
    private var headingTexts: [Int: String] = [:]

    /// The text of the nearest heading above `offset` and of the document's first heading.
    func framingHeadings(_ offset: Int) -> [String] {
        if headingIndex == nil {
            headingIndex = structure().blocks.compactMap { block in
                if case .heading = block.kind { return (block.lines.lowerBound, block.contentRange) }
                return nil
            }
        }
        guard let headings = headingIndex, !headings.isEmpty else { return [] }
        let line = line(offset)
        let low = SortedSearch.first(in: headings.indices) { headings[$0].line <= line }
        var found = [headingText(0)]
        if low > 1 { found.append(headingText(low - 1)) }
        return found
    }

    private func headingText(_ index: Int) -> String {
        if let known = headingTexts[index] { return known }
        let bytes = text.source.bytes
        let range = headingIndex![index].text.clamped(to: 0..<bytes.count)
        let read = String(decoding: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 200)], as: UTF8.self)
        headingTexts[index] = read
        return read
    }

    func inCodeSpan(_ offset: Int) -> Bool {
        let scanned = toScanned(offset)
        let lineIndex = text.source.lineIndex(ofByte: scanned)
        if lineIndex != spanLine {
            spanLine = lineIndex
            spans = MarkdownInline.codeSpans(text.source.bytes, in: text.content(ofLine: lineIndex))
        }
        return spans.contains { $0.contains(scanned) }
    }
}
