import RulesmithTemplates
import RulesmithText

/// `rulesmith status`: every generated file's state against one registry revision.
public struct StatusOutcome: CommandOutcome {
    public var drifts: [FileDrift]
    public var revision: Int
    public var source: String
    /// The registry's newest revision when it is newer than the one compared with.
    public var latestRevision: Int?
    /// One line when this run stored the binary's newer built-in templates as a new revision
    /// (text only; the JSON shape is unchanged).
    public var builtinRefresh: String?

    /// Files that differ from the render (anything but up to date).
    public var drifted: [FileDrift] { drifts.filter { $0.state.isDrift } }

    public func text() -> String {
        let report = DriftReport.text(drifts, revision: revision, source: source, latest: latestRevision)
        return builtinRefresh.map { OutcomeJSON.printableLines([$0]) + report } ?? report
    }

    /// The version 1 shape of `status`/`check` (`DriftReport.json`).
    public func json() -> String {
        DriftReport.json(drifts, revision: revision, source: source, latest: latestRevision)
    }
}

/// `rulesmith check`: the status, and whether anything drifted (which fails CI).
public struct CheckOutcome: CommandOutcome {
    public var status: StatusOutcome

    public var needsAttention: Bool { !status.drifted.isEmpty }

    public func text() -> String {
        let drift = status.drifted
        return status.text() + (drift.isEmpty
            ? "check passed: every generated file matches registry revision \(status.revision)\n"
            : "check failed: \(drift.count) file\(drift.count == 1 ? "" : "s") differ\(drift.count == 1 ? "s" : "") from registry revision \(status.revision); "
                + "run rulesmith apply (hand edits: rulesmith adopt FILE) and commit the result\n")
    }

    /// The same object as `status` (its `drift` member says whether the check failed).
    public func json() -> String { status.json() }
}
