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
///
/// The engine never hands it the documents together: it asks for a compact summary of each one
/// on that document's own thread, drops the document, and gives the rule the summaries. So a run
/// over ten thousand files holds what the rule compares (fingerprints, paths), not their text.
public protocol ProjectRule: Sendable {
    /// What `check` reads of one document.
    associatedtype Summary: Sendable
    var description: RuleDescription { get }
    /// The summary of `document`, for every document of the run: those of kinds the rule does not
    /// read come with an empty text (their path still counts, e.g. as an import's target).
    /// `shared` lives for one run, so identical documents can share what they have in common.
    func summarize(_ document: LintDocument, shared: SharedSummaries) -> Summary
    /// Findings keyed by the index of the document they belong to.
    func check(_ summaries: [Summary]) -> [(document: Int, finding: Finding)]
    /// Every byte range a finding of `check` can have in the document `summary` stands for, or
    /// nil when that is not known. Known ranges let the engine place the document's findings on
    /// the one reading of it (`LateFindingPlaces`) instead of reading it again once `check` ran.
    func reportableRanges(_ summary: Summary) -> [Range<Int>]?
}

extension ProjectRule {
    /// Findings for documents already in memory (tests, and one-document runs).
    public func check(_ documents: [LintDocument]) -> [(document: Int, finding: Finding)] {
        let shared = SharedSummaries()
        return check(documents.map { summarize($0, shared: shared) })
    }

    public func reportableRanges(_ summary: Summary) -> [Range<Int>]? { nil }

    /// `reportableRanges` of a summary made by the engine.
    func reportableRangesOfSummary(_ summary: any Sendable) -> [Range<Int>]? {
        reportableRanges(summary as! Summary)
    }

    /// `check` on summaries made by the engine, whose type it cannot name.
    func checkSummaries(_ summaries: [any Sendable]) -> [(document: Int, finding: Finding)] {
        check(summaries.map { $0 as! Summary })
    }
}
