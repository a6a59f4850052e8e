import RulesmithText

/// `rulesmith apply`: what was written, merged, deleted and committed (or, in a dry run, the
/// diffs of what would be), and whether conflicts are left.
public struct ApplyOutcome: CommandOutcome {
    public var dryRun: Bool
    /// The registry revision rendered.
    public var revision: Int
    /// Files written, merged or deleted (and `.rulesmith.yml` when the revision was pinned).
    public var changed: [String] = []
    /// One line per thing done, or in a dry run per note, in order.
    public var messages: [String] = []
    /// A dry run's unified diffs (files, then `.rulesmith.yml`).
    public var preview: String?
    /// The commit made with `commit`, when one was.
    public var commit: CommitRecord?
    public var conflicts: Bool

    public var needsAttention: Bool { conflicts }

    public func text() -> String {
        if dryRun {
            var output = (preview ?? "") + messages.map { PrintableMessage.make("# \($0)") + "\n" }.joined()
            if output.isEmpty { output = "nothing to do: every generated file is up to date\n" }
            return PrintableMessage.lines(output + "(dry run: nothing was written)\n")
        }
        var lines = messages
        if lines.isEmpty { lines = ["nothing to do: every generated file is up to date"] }
        if conflicts { lines.append("conflicts left: resolve them, then run rulesmith apply again (rulesmith status lists them)") }
        return PrintableMessage.lines(lines.map(PrintableMessage.make).joined(separator: "\n") + "\n")
    }

    /// Version 1: `dryRun`, `revision`, `changed`, `messages`, `diff` (dry run only, else null),
    /// `commit` (`{id, branch}` or null), `conflicts`.
    public func json() -> String {
        OutcomeJSON.document([
            ("dryRun", .bool(dryRun)), ("revision", .int(revision)), ("changed", OutcomeJSON.strings(changed)),
            ("messages", OutcomeJSON.strings(messages)), ("diff", OutcomeJSON.optional(preview)),
            ("commit", commit?.json ?? .null), ("conflicts", .bool(conflicts)),
        ])
    }
}

/// A commit rulesmith made: its id, the new branch it is on (if any), and the files left out
/// because they also held uncommitted changes of the user.
public struct CommitRecord: Sendable {
    public var id: String
    public var branch: String?
    public var files: [String]
    public var leftOut: [String]

    var json: JSONValue {
        .object([
            ("id", .string(id)), ("branch", OutcomeJSON.optional(branch)), ("files", OutcomeJSON.strings(files)),
            ("leftOut", OutcomeJSON.strings(leftOut)),
        ])
    }
}
