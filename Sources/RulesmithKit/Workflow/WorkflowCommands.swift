import RulesmithLint
import RulesmithTemplates
import RulesmithText


/// `rulesmith status | diff | apply | check`: drift, preview, update, CI gate. Each returns a typed
/// outcome; the CLI only parses arguments and renders it.
public enum WorkflowCommands {
    /// Every generated file's state (status informs; `check` gates).
    public static func status(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false
    ) throws -> StatusOutcome {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        return statusOutcome(try session.scan(latest: latest), session: session)
    }

    /// Like status; the outcome needs attention when any file is stale, edited, missing,
    /// conflicted, new or orphaned.
    public static func check(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false
    ) throws -> CheckOutcome {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        // A team source is found by URL and commit (pulled when this machine lacks it), since
        // revision numbers belong to one machine's registry.
        session.pinnedRevision = try TeamRegistry.revisionForCheck(session, latest: latest, registryPath: registry)
        return CheckOutcome(status: statusOutcome(try session.scan(latest: latest), session: session))
    }

    static func statusOutcome(_ scan: WorkflowSession.Scan, session: WorkflowSession) -> StatusOutcome {
        var outcome = StatusOutcome(
            drifts: scan.drifts, revision: Int(scan.revision.id), source: scan.revision.source, latestRevision: scan.newest)
        outcome.builtinRefresh = session.registry.builtinRefresh?.line
        return outcome
    }

    /// Unified diffs from each file on disk to its fresh render (what differs, whoever changed it).
    public static func diff(
        directory: String = FileSystem.currentDirectory, registry: String?, latest: Bool = false
    ) throws -> DiffOutcome {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        let scan = try session.scan(latest: latest)
        var files: [DiffOutcome.File] = []
        for drift in scan.drifts where drift.state.isDrift {
            var file = DiffOutcome.File(
                path: drift.path, state: drift.state.rawValue, reason: drift.reason?.rawValue, block: drift.layout.blockID,
                detail: drift.detail)
            if drift.state != .blocked, drift.state != .unreadable {
                let current = String(decoding: drift.current ?? [], as: UTF8.self)
                let wanted = String(decoding: drift.wanted ?? [], as: UTF8.self)
                file.diff = UnifiedDiff.render(
                    old: current, new: wanted, oldPath: drift.current == nil ? "/dev/null" : "a/\(drift.path)",
                    newPath: drift.wanted == nil ? "/dev/null" : "b/\(drift.path)")
            }
            files.append(file)
        }
        return DiffOutcome(revision: Int(scan.revision.id), files: files)
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

    /// Updates stale files, merges hand edits 3-way, records everything in the lockfile. The
    /// outcome needs attention when conflicts are left (new or unresolved) or a file could not be managed.
    public static func apply(directory: String = FileSystem.currentDirectory, options: ApplyOptions) throws -> ApplyOutcome {
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
        var outcome = ApplyOutcome(dryRun: options.dryRun, revision: newRevision, conflicts: plan.hasConflicts)
        // What the render says of an adopted skill file or server (a stack change it could not
        // merge) is for the user to act on; apply is where they look.
        let overlayNotes = scan.render.report.notes.filter { $0.path?.hasPrefix(AdoptionPlan.overlayFolder + "/") == true }.map(\.message)
        if options.dryRun {
            var preview = engine.preview(plan)
            if let configurationBytes {
                preview += UnifiedDiff.render(
                    old: session.configurationText ?? "", new: String(decoding: configurationBytes, as: UTF8.self),
                    oldPath: "a/\(ProjectConfiguration.fileName)", newPath: "b/\(ProjectConfiguration.fileName)")
            }
            outcome.preview = preview
            outcome.messages = plan.steps.filter { ApplyEngine.reports($0) && $0.newFile == nil && !$0.delete }.compactMap(\.message)
                + overlayNotes
            return outcome
        }
        let committer = options.commit ? try RepositoryCommit.prepare(session.workspace, branch: options.branch) : nil
        if committer != nil { try CommitSecurityGate.check(plan, command: "apply") }
        let untouchable = try committer?.userChanged(plan.changedPaths) ?? []
        // The pin is written before the lockfile (the last write), so a killed run never leaves a
        // new lockfile beside an old pin, which a plain `apply` would take as a downgrade.
        var pinned = false
        var (lines, changed) = try ApplyEngine(session: session, force: options.force).execute(plan) {
            guard let configurationBytes else { return }
            try session.workspace.writeConfiguration(configurationBytes)
            pinned = true
        }
        if pinned {
            changed.append(ProjectConfiguration.fileName)
            lines.append("pinned registry revision \(newRevision) in \(ProjectConfiguration.fileName)")
        }
        if let committer {
            let (commitLines, record) = try commit(
                committer, changed: changed, untouchable: untouchable, message: "rulesmith apply: registry revision \(newRevision)")
            lines += commitLines
            outcome.commit = record
        }
        outcome.messages = lines + overlayNotes
        outcome.changed = changed
        return outcome
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

    /// Commits `changed` minus the files holding uncommitted changes of the user; report lines and
    /// the commit (nil when there was nothing to commit).
    static func commit(
        _ committer: some RepositoryAccess, changed: [String], untouchable: Set<String>, message: String
    ) throws(RulesmithFailure) -> (lines: [String], record: CommitRecord?) {
        var lines: [String] = []
        let paths = changed.filter { !untouchable.contains($0) }
        let leftOut = changed.filter { untouchable.contains($0) }
        for path in leftOut {
            lines.append("left \(path) out of the commit: it also holds uncommitted changes of yours")
        }
        guard let id = try committer.commitFiles(paths, message: message) else { return (lines, nil) }
        lines.append("committed \(paths.count) file\(paths.count == 1 ? "" : "s") as \(String(id.prefix(12)))"
            + (committer.branch.map { " on the new branch \($0)" } ?? ""))
        return (lines, CommitRecord(id: id, branch: committer.branch, files: paths, leftOut: leftOut))
    }
}
