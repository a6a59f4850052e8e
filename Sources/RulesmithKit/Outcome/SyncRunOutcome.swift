import RulesmithTemplates
import RulesmithText

/// `rulesmith sync`: each repository's result (updated, up to date, conflict, failed) and, in a
/// dry run, the diff each would get.
public struct SyncRunOutcome: CommandOutcome {
    public var report: SyncReport

    public var needsAttention: Bool { report.hasFailures }

    /// A dry run's diffs (one `### name (url)` section each), then the table.
    public func text() -> String {
        var output = ""
        if report.dryRun {
            for result in report.results where !(result.diff ?? "").isEmpty {
                output += PrintableMessage.make("### \(result.name) (\(result.url))") + "\n" + PrintableMessage.lines(result.diff ?? "")
            }
        }
        return PrintableMessage.lines(output + report.text())
    }

    /// Version 1 (`SyncReport.json`).
    public func json() -> String { report.json() }
}
