import RulesmithLint
import RulesmithText

/// What `rulesmith hook run` does: lint the staged files of known kinds from the index, then the
/// drift check when a lockfile exists, and decide whether the commit may go on.
public struct HookRunner: Sendable {
    public var lintRunner: LintRunner
    /// Issue item 3; nil until the lockfile module provides it.
    public var driftCheck: (any HookDriftCheck)?

    public init(lintRunner: LintRunner = LintRunner(), driftCheck: (any HookDriftCheck)? = nil) {
        self.lintRunner = lintRunner
        self.driftCheck = driftCheck
    }

    /// The name of the lockfile whose presence turns the drift check on.
    public static let lockFileName = ".rulesmith.lock"

    /// Lints what is staged in the repository around `workingDirectory`.
    ///
    /// - Throws: `RulesmithError` (exit 2) outside a work tree, or when the index, a blob or the
    ///   configuration cannot be read.
    public func run(
        workingDirectory: String = FileSystem.currentDirectory, environment: [String: String], strict: Bool = false,
        minimumSeverity: Severity? = nil
    ) throws(RulesmithError) -> HookOutcome {
        let snapshot = try StagedSnapshot(from: workingDirectory, environment: environment)
        var request = LintRequest()
        request.staged = true
        request.strict = strict
        request.minimumSeverity = minimumSeverity
        let staged = try lintRunner.runStaged(request, in: snapshot, workingDirectory: workingDirectory)
        var drift: [HookDriftFinding] = []
        if let driftCheck, staged.configuration.hook.checkDrift, let lock = try lockBytes(snapshot) {
            drift = try driftCheck.check(snapshot, lock: lock, configuration: staged.configuration)
        }
        return HookOutcome(lint: staged.outcome, drift: drift)
    }

    /// What the pre-commit framework's hook runs: the files it passes (relative to the process's
    /// folder), which it has stashed down to what is staged, linted as `rulesmith lint` lints them
    /// (every one, changed or not: `pre-commit run --all-files` judges the whole repository), and
    /// each generated one checked against `.rulesmith.lock`. Read from the work tree, so libgit2
    /// is not loaded.
    ///
    /// - Throws: `RulesmithError` (exit 2) when a file or the configuration cannot be read.
    public func run(files: [String], strict: Bool = false, minimumSeverity: Severity? = nil) throws(RulesmithError) -> HookOutcome {
        var request = LintRequest()
        request.strict = strict
        request.minimumSeverity = minimumSeverity
        request.paths = files
        let lint = try lintRunner.run(request)
        let here = FileSystem.currentDirectory
        let root = LLMSGenerateService.repositoryRoot(containing: here)
        let configuration = try ConfigurationLoader.load(explicitPath: nil, from: root).configuration
        let lockPath = root + "/" + Self.lockFileName
        guard let driftCheck, configuration.hook.checkDrift, FileSystem.type(of: lockPath) == .file else {
            return HookOutcome(lint: lint, drift: [])
        }
        let paths = Set(files.map { FileSystem.relative(FileSystem.absolute($0, from: here), to: root) }).filter { !$0.hasPrefix("/") }
        let drift = try driftCheck.check(paths: paths.sorted(), lock: try FileSystem.read(lockPath)) { path in
            // Lint has read these already: one that cannot be read now is not judged twice.
            FileSystem.type(of: root + "/" + path) == .file ? try? FileSystem.read(root + "/" + path) : nil
        }
        return HookOutcome(lint: lint, drift: drift)
    }

    private func lockBytes(_ snapshot: StagedSnapshot) throws(RulesmithError) -> [UInt8]? {
        if let staged = try snapshot.content(atPath: Self.lockFileName) { return staged }
        let onDisk = snapshot.workTree + "/" + Self.lockFileName
        return FileSystem.type(of: onDisk) == .file ? try FileSystem.read(onDisk) : nil
    }
}

/// The result of `rulesmith hook run`: lint reports, drift findings, and the advice to print.
public struct HookOutcome: Sendable {
    public var lint: LintOutcome
    public var drift: [HookDriftFinding]

    /// Whether the commit is blocked (errors, warnings under strict, or drift); the CLI exits 1.
    public var needsAttention: Bool { lint.needsAttention || !drift.isEmpty }

    /// Whether there is anything to show (a clean commit prints nothing).
    public var hasFindings: Bool { lint.reports.contains { !$0.diagnostics.isEmpty } || !drift.isEmpty }

    /// The paths (as displayed) whose findings block the commit.
    public var blockingPaths: [String] {
        let blocking = lint.reports.filter { report in
            report.diagnostics.contains { $0.severity == .error || (lint.strict && $0.severity == .warning) }
        }
        return blocking.map(\.path)
    }

    /// The closing text when the commit is blocked: what blocked it, how to fix, how to bypass.
    public var advice: String {
        let summary = LintSummary(lint.reports)
        var lines: [String] = []
        for finding in drift { lines.append("\(finding.path): \(finding.message)") }
        var causes: [String] = []
        if summary.errors > 0 { causes.append(summary.errors == 1 ? "1 error" : "\(summary.errors) errors") }
        if lint.strict && summary.warnings > 0 {
            causes.append(summary.warnings == 1 ? "1 warning (strict)" : "\(summary.warnings) warnings (strict)")
        }
        if !drift.isEmpty { causes.append(drift.count == 1 ? "1 unadopted edit" : "\(drift.count) unadopted edits") }
        lines.append("rulesmith: commit blocked by \(causes.joined(separator: ", ")) in the staged files")
        let paths = blockingPaths.map(HookScript.shellQuoted(ifNeeded:)).joined(separator: " ")
        if !paths.isEmpty {
            lines.append("  fix:    rulesmith lint \(option: .fix) \(paths)  (and edit what it cannot fix), then: git add \(paths)")
        }
        lines.append("  bypass: git commit --no-verify")
        // Paths are the repository's, messages quote its files: one printable line each.
        return lines.map(PrintableMessage.make).joined(separator: "\n") + "\n"
    }
}
