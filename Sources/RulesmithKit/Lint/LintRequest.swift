import RulesmithEditors
import RulesmithLint

/// What the user asked `rulesmith lint` to do.
public struct LintRequest: Sendable {
    /// Files or folders; `-` is standard input. Empty means the working directory.
    public var paths: [String] = []
    public var kind: FileKind?
    public var configPath: String?
    public var profile: Profile?
    public var compat: CompatMode?
    public var fix = false
    public var unsafeFixes = false
    public var strict = false
    /// Lint what is staged in git's index instead of the working tree.
    public var staged = false
    /// Findings below this level are left out of the outcome (and so of every report and of the
    /// exit status); nil keeps every level.
    public var minimumSeverity: Severity?

    public init() {}
}

/// What a lint run found and changed.
public struct LintOutcome: Sendable {
    public var reports: [FileReport]
    /// Fixes written (to files, or to stdout for `-`).
    public var fixesApplied: Int
    /// The fixed text of standard input, when `--fix` was used with `-`.
    public var fixedStandardInput: [UInt8]?
    /// Whether warnings fail the run.
    public var strict: Bool

    /// Leaves out the findings below `minimum`; each file stays listed (it was still checked).
    public mutating func hide(below minimum: Severity?) {
        guard let minimum, minimum > .info else { return }
        for index in reports.indices {
            reports[index].diagnostics.removeAll { $0.severity < minimum }
        }
    }

    /// Whether any file has a finding left to report.
    public var hasFindings: Bool { reports.contains { !$0.diagnostics.isEmpty } }

    /// Whether an error (or, strictly, a warning) remains: the run fails (the CLI exits 1).
    public var needsAttention: Bool {
        let summary = LintSummary(reports)
        return summary.errors > 0 || (strict && summary.warnings > 0)
    }
}
