import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// `rulesmith init`: the plan (stacks with evidence, targets, variables with their source, the
/// files) and what was done with it: previewed, declined, or written (and hooked, committed).
public struct InitOutcome: CommandOutcome {
    /// One file the plan writes, with what will happen to it.
    public struct File: Sendable {
        public var path: String
        public var detail: String
    }

    public var decisions: InitPlanner.Decisions
    /// The variables as rendered (value and source, or left out) and the always-on context.
    public var planLines: [String] = []
    /// The always-on context per editor, in bytes and estimated tokens.
    public var alwaysOn: [String] = []
    public var files: [File]
    /// Whether `.rulesmith.yml` is written (false when it was already there).
    public var writesConfiguration: Bool
    /// Whether the pre-commit hook is installed, and chained.
    public var hook: Bool
    public var chainHook: Bool
    public var dryRun: Bool
    /// The user answered no at the prompt: nothing was written.
    public var declined = false
    /// Whether the text repeats the plan (false once the prompt showed it).
    public var showsPlan = true
    /// A dry run's unified diffs.
    public var preview: String?
    /// One line per thing done, in order (files written, the hook, the commit).
    public var messages: [String] = []
    public var commit: CommitRecord?
    public var conflicts = false

    public var needsAttention: Bool { conflicts }

    /// The plan as the prompt and the report show it.
    public func planText() -> String {
        var report = OutcomeJSON.printableLines(decisions.reportLines + planLines)
        report += "files:\n"
        report += OutcomeJSON.printableLines(files.map { "  \($0.path): \($0.detail)" })
        report += writesConfiguration ? "  \(ProjectConfiguration.fileName), \(Lockfile.fileName)\n" : "  \(Lockfile.fileName)\n"
        if hook { report += "and the pre-commit hook (rulesmith hook install\(chainHook ? " \(option: .chain)" : ""))\n" }
        return report
    }

    public func text() -> String {
        if declined { return "nothing was written\n" }
        let plan = showsPlan ? planText() : ""
        if dryRun { return PrintableMessage.lines(plan + (preview ?? "") + "(dry run: nothing was written)\n") }
        return PrintableMessage.lines(plan + OutcomeJSON.printableLines(messages))
    }

    /// Version 1: `dryRun`, `written`, `stacks{source, ids, detected[{id, title, evidence}]}`,
    /// `targets`, `alwaysOn` (one line per editor), `variables[{name, value, source}]`, `files[{path, detail}]`, `hook`,
    /// `messages`, `diff` (dry run only), `commit`, `conflicts`.
    public func json() -> String {
        OutcomeJSON.document([
            ("dryRun", .bool(dryRun)), ("written", .bool(!dryRun && !declined)),
            ("stacks", .object([
                ("source", .string(decisions.stackSource.rawValue)), ("ids", OutcomeJSON.strings(decisions.stacks)),
                ("detected", .array(decisions.detected.map { match in
                    .object([("id", .string(match.id)), ("title", .string(match.title)), ("evidence", OutcomeJSON.strings(match.evidence))])
                })),
            ])),
            ("targets", OutcomeJSON.strings(decisions.targets)),
            ("alwaysOn", OutcomeJSON.strings(alwaysOn)),
            ("variables", .array(decisions.variables.map { variable in
                .object([("name", .string(variable.name)), ("value", .string(variable.value)), ("source", .string(variable.source.rawValue))])
            })),
            ("files", .array(
                files.map { .object([("path", .string($0.path)), ("detail", .string($0.detail))]) }
                    + (writesConfiguration ? [.object([("path", .string(ProjectConfiguration.fileName)), ("detail", .string("new"))])] : [])
                    + [.object([("path", .string(Lockfile.fileName)), ("detail", .string("lockfile"))])])),
            ("hook", .bool(hook)),
            ("messages", OutcomeJSON.strings(messages)), ("diff", OutcomeJSON.optional(preview)),
            ("commit", commit?.json ?? .null), ("conflicts", .bool(conflicts)),
        ])
    }
}
