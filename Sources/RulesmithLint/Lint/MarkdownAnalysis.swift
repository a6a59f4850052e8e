import RulesmithText

/// The Markdown block structure as a lint analysis: scanned once per document, shared by rules.
extension MarkdownDocument: ShareableAnalysis {
    public init(_ document: LintDocument) {
        self.init(document.source)
    }
}
