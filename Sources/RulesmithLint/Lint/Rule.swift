/// A check over one document.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// Findings for `document`; the engine applies severity, suppressions and positions.
    func check(_ document: LintDocument) -> [Finding]
    /// Reports the findings for `document` to `sink` as they are found. The engine calls this;
    /// a rule that can fire on every line or byte implements it, so a flood is folded as it is
    /// found (see `FindingSink`), and its `check(_:)` is `FindingSink.collect { check(document, into: &$0) }`.
    func check(_ document: LintDocument, into sink: inout FindingSink)
}

extension Rule {
    public func check(_ document: LintDocument, into sink: inout FindingSink) {
        for finding in check(document) { sink.report(finding) }
    }
}

/// A check that needs every document of a run at once (e.g. the same text loaded twice).
public protocol ProjectRule: Sendable {
    var description: RuleDescription { get }
    /// Findings keyed by the index of the document they belong to.
    func check(_ documents: [LintDocument]) -> [(document: Int, finding: Finding)]
    /// Builds the analyses `check` will read from `document`; the engine calls it on the
    /// document's own thread, so that per-document work runs in parallel before `check`.
    func prepare(_ document: LintDocument)
}

extension ProjectRule {
    public func prepare(_ document: LintDocument) {}
}
