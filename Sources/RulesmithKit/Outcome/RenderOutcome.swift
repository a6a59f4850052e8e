import RulesmithTemplates

/// `rulesmith render`: the files the stacks render for the targets, and the render's notes.
public struct RenderOutcome: CommandOutcome {
    public var report: RenderReport
    public var stacks: [String]
    public var targets: [String]

    /// Each file under its `==> path (target) <==` header.
    public func text() -> String { RenderOutput.text(report) }

    /// The notes as `rulesmith: note: …` lines for standard error (the text output's companion;
    /// the JSON holds them).
    public func noteLines() -> String { RenderOutput.notes(report) }

    /// Version 1, sorted keys: `stacks`, `targets`, `files[{path, target, rules, kind, bytes, contents}]`, `notes`.
    public func json() -> String { RenderOutput.json(report, stacks: stacks, targets: targets) }
}
