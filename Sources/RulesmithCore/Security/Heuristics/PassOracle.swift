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

    /// Heading blocks in document order: first line and the heading's text range in the scanned text.
    private var headingIndex: [(line: Int, text: Range<Int>)]?

    /// The text of the nearest heading above `offset` and of the document's first heading.
    func framingHeadings(_ offset: Int) -> [String] {
        if headingIndex == nil {
            headingIndex = structure().blocks.compactMap { block in
                if case .heading = block.kind { return (block.lines.lowerBound, block.contentRange) }
                return nil
            }
        }
        guard let headings = headingIndex, let first = headings.first else { return [] }
        let line = line(offset)
        var low = 0
        var high = headings.count
        while low < high {
            let mid = (low + high) / 2
            if headings[mid].line <= line { low = mid + 1 } else { high = mid }
        }
        let bytes = text.source.bytes
        func string(_ range: Range<Int>) -> String {
            let clamped = range.clamped(to: 0..<bytes.count)
            return String(decoding: bytes[clamped.lowerBound..<min(clamped.upperBound, clamped.lowerBound + 200)], as: UTF8.self)
        }
        var found = [string(first.text)]
        if low > 0, low - 1 > 0 { found.append(string(headings[low - 1].text)) }
        return found
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
