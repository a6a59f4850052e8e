import RulesmithLint
import RulesmithTemplates
import RulesmithText


/// `rulesmith status | diff | apply | check`: drift, preview, update, CI gate. Each returns the
/// text to print and the exit code; the CLI only parses arguments.
public enum WorkflowCommands {
    /// Every generated file's state. Exit 0 (status informs; `check` gates).
    public static func status(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false, format: WorkflowFormat = .text
    ) throws -> WorkflowResult {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        let scan = try session.scan(latest: latest)
        return WorkflowResult(output: report(scan, format: format), isJSON: format == .json)
    }

    /// Like status, but exit 1 when any file is stale, edited, missing, conflicted, new or orphaned.
    public static func check(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false, format: WorkflowFormat = .text
    ) throws -> WorkflowResult {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        // A team source is found by URL and commit (pulled when this machine lacks it), since
        // revision numbers belong to one machine's registry.
        session.pinnedRevision = try TeamRegistry.revisionForCheck(session, latest: latest, registryPath: registry)
        let scan = try session.scan(latest: latest)
        let drift = scan.drifts.filter { $0.state.isDrift }
        var output = report(scan, format: format)
        if format == .text {
            output += drift.isEmpty
                ? "check passed: every generated file matches registry revision \(scan.revision.id)\n"
                : "check failed: \(drift.count) file\(drift.count == 1 ? "" : "s") differ\(drift.count == 1 ? "s" : "") from registry revision \(scan.revision.id); "
                    + "run rulesmith apply (hand edits: rulesmith adopt FILE) and commit the result\n"
        }
        return WorkflowResult(output: output, exitCode: drift.isEmpty ? 0 : 1, isJSON: format == .json)
    }

    static func report(_ scan: WorkflowSession.Scan, format: WorkflowFormat) -> String {
        switch format {
        case .text: DriftReport.text(scan.drifts, revision: Int(scan.revision.id), source: scan.revision.source, latest: scan.newest)
        case .json: DriftReport.json(scan.drifts, revision: Int(scan.revision.id), source: scan.revision.source, latest: scan.newest)
        }
    }

    /// Unified diffs from each file on disk to its fresh render (what differs, whoever changed it).
    public static func diff(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false
    ) throws -> WorkflowResult {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        let scan = try session.scan(latest: latest)
        var output = ""
        for drift in scan.drifts where drift.state.isDrift {
            guard drift.state != .blocked, drift.state != .unreadable else {
                output += PrintableMessage.make("# \(drift.path): \(drift.state.rawValue): \(drift.detail)") + "\n"
                continue
            }
            let current = String(decoding: drift.current ?? [], as: UTF8.self)
            let wanted = String(decoding: drift.wanted ?? [], as: UTF8.self)
            let header = PrintableMessage.make("# \(drift.path): \(DriftReport.label(drift))" + (drift.layout.blockID.map { ", block \($0)" } ?? "")) + "\n"
            output += header + UnifiedDiff.render(
                old: current, new: wanted, oldPath: drift.current == nil ? "/dev/null" : "a/\(drift.path)",
                newPath: drift.wanted == nil ? "/dev/null" : "b/\(drift.path)")
        }
        return WorkflowResult(output: output)
    }

    /// Options of `apply`.
    public struct ApplyOptions: Sendable {
        public var registry: String?
        public var force = false
        public var dryRun = false
        public var latest = false
        public var commit = false
        public var branch: String?

        public init(registry: String? = nil, force: Bool = false, dryRun: Bool = false, latest: Bool = false, commit: Bool = false, branch: String? = nil) {
            self.registry = registry
            self.force = force
            self.dryRun = dryRun
            self.latest = latest
            self.commit = commit
            self.branch = branch
        }
    }

    /// Updates stale files, merges hand edits 3-way, records everything in the lockfile.
    /// Exit 1 when conflicts are left (new or unresolved) or a file could not be managed.
    public static func apply(directory: String = FileSystem.currentDirectory, options: ApplyOptions) throws -> WorkflowResult {
        let session = try WorkflowSession.open(from: directory, registry: options.registry)
        let runLock = options.dryRun ? nil : try session.lockRun()
        defer { runLock?.release() }
        let scan = try session.scan(latest: options.latest)
        // Every folder apply writes to, not only the locked ones: a run killed while adding a
        // target leaves temp files in folders the old lockfile does not name.
        if !options.dryRun { session.workspace.removeLeftovers(for: scan.drifts.map(\.path)) }
        let engine = ApplyEngine(session: session, force: options.force)
        let plan = try engine.plan(scan)
        let newRevision = Int(scan.revision.id)
        var configurationBytes: [UInt8]?
        if options.latest, session.configuration.registry.revision != newRevision {
            configurationBytes = try pinnedConfiguration(session, revision: newRevision)
        }
        if options.dryRun {
            var output = engine.preview(plan)
            if let configurationBytes {
                output += UnifiedDiff.render(
                    old: session.configurationText ?? "", new: String(decoding: configurationBytes, as: UTF8.self),
                    oldPath: "a/\(ProjectConfiguration.fileName)", newPath: "b/\(ProjectConfiguration.fileName)")
            }
            let notes = plan.steps.filter { ApplyEngine.reports($0) && $0.newFile == nil && !$0.delete }.compactMap(\.message)
            output += notes.map { PrintableMessage.make("# \($0)") + "\n" }.joined()
            if output.isEmpty { output = "nothing to do: every generated file is up to date\n" }
            return WorkflowResult(output: output + "(dry run: nothing was written)\n", exitCode: plan.hasConflicts ? 1 : 0)
        }
        let committer = options.commit ? try RepositoryCommit.prepare(session.workspace, branch: options.branch) : nil
        if committer != nil { try CommitSecurityGate.check(plan, command: "apply") }
        let untouchable = try committer?.userChanged(plan.changedPaths) ?? []
        // The pin is written before the lockfile (the last write), so a killed run never leaves a
        // new lockfile beside an old pin, which a plain `apply` would take as a downgrade.
        var pinned = false
        var (lines, changed) = try ApplyEngine(session: session, force: options.force).execute(plan) {
            guard let configurationBytes else { return }
            try AtomicFile.write(configurationBytes, to: session.workspace.configPath, root: session.workspace.root)
            pinned = true
        }
        if pinned {
            changed.append(ProjectConfiguration.fileName)
            lines.append("pinned registry revision \(newRevision) in \(ProjectConfiguration.fileName)")
        }
        if let committer {
            lines += try commit(committer, changed: changed, untouchable: untouchable, message: "rulesmith apply: registry revision \(newRevision)")
        }
        if lines.isEmpty { lines = ["nothing to do: every generated file is up to date"] }
        let conflicts = plan.hasConflicts
        if conflicts { lines.append("conflicts left: resolve them, then run rulesmith apply again (rulesmith status lists them)") }
        return WorkflowResult(output: lines.map(PrintableMessage.make).joined(separator: "\n") + "\n", exitCode: conflicts ? 1 : 0)
    }

    /// The configuration with `registry.revision` set, checked by reading it back.
    static func pinnedConfiguration(_ session: WorkflowSession, revision: Int) throws -> [UInt8] {
        guard let text = session.configurationText, let edited = ConfigurationText.settingRevision(revision, in: text),
              let reread = try? ConfigurationReader().read(edited, path: ProjectConfiguration.fileName),
              reread.registry.revision == revision
        else {
            throw RulesmithError("\(ProjectConfiguration.fileName): cannot set registry.revision automatically; set it to \(revision) by hand")
        }
        return Array(edited.utf8)
    }

    /// Commits `changed` minus the files holding uncommitted changes of the user; report lines.
    static func commit(_ committer: RepositoryCommit, changed: [String], untouchable: Set<String>, message: String) throws -> [String] {
        var lines: [String] = []
        let paths = changed.filter { !untouchable.contains($0) }
        for path in changed where untouchable.contains(path) {
            lines.append("left \(path) out of the commit: it also holds uncommitted changes of yours")
        }
        if let oid = try committer.commit(paths, message: message) {
            lines.append("committed \(paths.count) file\(paths.count == 1 ? "" : "s") as \(String(oid.hex.prefix(12)))"
                + (committer.branch.map { " on the new branch \($0)" } ?? ""))
        }
        return lines
    }
}
