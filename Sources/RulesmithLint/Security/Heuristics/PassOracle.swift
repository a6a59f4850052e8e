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
