/// The reference parser's outcome for a document, computed once and shared by the REF rules.
public struct ReferenceAnalysis: DocumentAnalysis, Sendable {
    public let outcome: ReferenceOutcome

    public init(_ document: LintDocument) {
        outcome = ReferenceParserModel.parse(document.source.bytes)
    }
}

extension LintDocument {
    /// What the reference parser makes of this document (computed once).
    var reference: ReferenceOutcome { analysis(ReferenceAnalysis.self).outcome }
}

/// Text the REF rules' examples share.
enum ReferenceExample {
    /// A file the reference parser reads without loss.
    static let valid = "# Project\n\n> Summary.\n\nDetails.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"
    static let head = "# Project\n\n> Summary.\n\nDetails.\n\n"
}
