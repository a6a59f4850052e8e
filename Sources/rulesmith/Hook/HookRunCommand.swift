import ArgumentParser
import Foundation
import RulesmithKit
import RulesmithLint

/// `rulesmith hook run`: what the installed hook calls; lints the staged content.
struct HookRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Check the staged llms.txt and rules files (what the pre-commit hook calls).",
        discussion: """
        Reads the index through libgit2, not the work tree, so a partially staged file is judged \
        as it will be committed: staged files of known kinds that differ from HEAD. Findings name \
        the work-tree path and the line in the staged text. A generated file (named in \
        .rulesmith.lock) that carries a hand edit not adopted blocks the commit, as check fails \
        on it: run rulesmith adopt FILE first. Prints nothing when clean.

        With FILE arguments (what the pre-commit framework passes, after stashing what is not \
        staged) those files are linted as rulesmith lint lints them, changed or not, and the \
        generated ones are checked against .rulesmith.lock.

        Exit status: 0 the commit may go on, 1 errors found (or warnings with --strict), 2 not \
        in a work tree, or the index or configuration cannot be read.
        """
    )

    @Argument(help: "Files to check instead of the staged changes (the pre-commit framework passes them).")
    var files: [String] = []

    @Option(help: "Output format: text, json, sarif or github.")
    var format: ReportFormat = .text

    @Flag(help: "Block the commit on warnings too.")
    var strict = false

    @Option(help: "Hide findings below this level (info, warning or error) from the output and the decision.")
    var minSeverity: Severity?

    @Flag(help: "Errors only (as --min-severity error); a clean commit prints nothing either way.")
    var quiet = false

    func validate() throws {
        if quiet, let minSeverity, minSeverity != .error {
            throw ValidationError("--quiet shows errors only; it cannot be combined with --min-severity \(minSeverity.rawValue)")
        }
    }

    func run() throws {
        let runner = HookRunner(driftCheck: LockfileDriftCheck())
        let minimumSeverity: Severity? = quiet ? .error : minSeverity
        let outcome = files.isEmpty
            ? try runner.run(environment: ProcessInfo.processInfo.environment, strict: strict, minimumSeverity: minimumSeverity)
            : try runner.run(files: files, strict: strict, minimumSeverity: minimumSeverity)
        if outcome.hasFindings || format != .text {
            let reporter = format.reporter(color: format == .text && Terminal.standardOutput.supportsColor)
            reporter.write(outcome.lint.reports, catalogue: .standard) { Terminal.standardOutput.write($0) }
        }
        if outcome.needsAttention { Terminal.standardError.write(outcome.advice) }
        throw ExitStatus(outcome.needsAttention ? 1 : 0)
    }
}
