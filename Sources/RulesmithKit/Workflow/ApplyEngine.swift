import RulesmithGit
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// Carries out `apply` over a scan: plans every file's new bytes first (merging hand edits
/// 3-way), then writes atomically, keeps backups for `--force`, and writes the lockfile last.
/// Bytes equal to what is on disk are never rewritten, so a second apply changes nothing.
struct ApplyEngine {
    let session: WorkflowSession
    let force: Bool

    /// One file's planned outcome.
    struct Step {
        var drift: FileDrift
        var action: ApplyAction
        /// The whole file after apply (nil: unchanged or deleted).
        var newFile: [UInt8]?
        var delete = false
        var backup = false
        /// The lockfile entry afterwards (nil: not managed any more).
        var entry: LockEntry?
        var conflicts = false
        var message: String?
    }

    /// Everything apply will do.
    struct Plan {
        var steps: [Step]
        var lock: Lockfile
        var scan: WorkflowSession.Scan

        var hasConflicts: Bool { steps.contains { $0.conflicts } }
        /// Paths whose bytes change (files, then the lockfile), repository-relative.
        var changedPaths: [String] {
            steps.filter { $0.delete || $0.newFile != nil }.map(\.drift.path)
        }
    }

    /// Plans every file; refuses the whole repository, before anything is written, when a
    /// submodule, a tracked link or file, or another repository is in a generated path's way.
    func plan(_ scan: WorkflowSession.Scan) throws -> Plan {
        if let (drift, reason) = scan.obstructions.first {
            let target = drift.target.isEmpty ? "" : " (target '\(drift.target)')"
            throw RulesmithError(
                "\(drift.path)\(target): \(reason). Nothing was changed: move it out of the way, or drop the target from \(ProjectConfiguration.fileName)")
        }
        let revision = Int(scan.revision.id)
        let bases = MergeBases(workspace: session.workspace, regenerate: { session.lockedRender() })
        var steps: [Step] = []
        for drift in scan.drifts {
            steps.append(try step(for: drift, revision: revision, source: scan.revision.source, bases: bases))
        }
        let lock = Lockfile(
            revision: revision, source: scan.revision.source, commit: scan.revision.commit, inputs: scan.render.inputs,
            files: steps.compactMap(\.entry))
        return Plan(steps: steps, lock: lock, scan: scan)
    }

    private func step(for drift: FileDrift, revision: Int, source: String, bases: MergeBases) throws -> Step {
        let action = ApplyPlanner.action(for: drift, force: force)
        var step = Step(drift: drift, action: action)
        let path = drift.path
        func entry(conflicted: Bool = false) -> LockEntry? {
            guard let rendered = drift.rendered, let wanted = drift.wanted else { return nil }
            return LockEntry(
                path: path, target: rendered.target, stacks: LockEntry.stacks(of: rendered.rules), rules: rendered.rules,
                revision: revision, source: source, blob: GitBlobID.of(wanted),
                block: drift.layout.blockID, conflicted: conflicted,
                servers: drift.layout.ownedServers == nil ? nil : (try? MCPServerFile.members(of: wanted))?.map(\.0) ?? [])
        }
        func replaced(with body: [UInt8]) throws -> [UInt8] {
            do {
                return try drift.layout.replacingRegion(of: drift.disk, with: body)
            } catch {
                throw RulesmithError("\(path): \(drift.layout.problemLabel): \(error)")
            }
        }
        switch action {
        case .record:
            step.entry = entry()
        case .write:
            step.newFile = try replaced(with: drift.wanted ?? [])
            step.entry = entry()
            step.message = drift.state == .missing ? "restored \(path)"
                : drift.state == .new ? (drift.disk == nil ? "wrote \(path)"
                    : drift.layout.ownedServers != nil ? "added rulesmith's MCP servers to \(path); your keys and servers are kept"
                    : drift.layout.blockID.map { "added block '\($0)' to \(path); your text around it is kept" } ?? "wrote \(path)")
                : "updated \(path) (\(drift.detail))"
        case .merge:
            let theirs = drift.wanted ?? []
            let base = drift.entry.flatMap { bases.base(for: $0) }
            let labels = GitMergeLabels(base: "last generated", ours: "local", theirs: "generated@rev \(revision)")
            let result: GitMergeFileResult
            do {
                result = try Git.mergeFile(base: base ?? [], ours: drift.current ?? [], theirs: theirs, labels: labels)
            } catch {
                throw RulesmithError("\(path): cannot merge your edit with the new render: \(error.description)")
            }
            if drift.layout.ownedServers != nil,
               result.hasConflicts || (try? MCPServerFile.members(of: result.bytes)) == nil {
                // Conflict markers would break the JSON every editor reads: the file stays as it
                // is, still owned as last written, until the user settles it.
                step.entry = drift.entry
                step.conflicts = true
                step.message = "conflict in \(path): your edit of rulesmith's MCP servers and the new render change the same lines; "
                    + "the file is left as it is: take the render with rulesmith apply \(option: .force), or edit the servers to match it"
                break
            }
            step.newFile = try replaced(with: result.bytes)
            step.entry = entry(conflicted: result.hasConflicts)
            step.conflicts = result.hasConflicts
            if result.hasConflicts {
                step.message = "conflict in \(path): " + (base == nil
                    ? "the text rulesmith last wrote is gone, so all of it is marked"
                    : "your edit and the new render change the same lines")
                    + "; resolve the <<<<<<< local / >>>>>>> generated markers, then run rulesmith apply"
            } else {
                step.message = "merged \(path): your edit is kept on top of the new render"
            }
        case .keep:
            // Unresolved conflicts keep their entry (and base) as the conflicting apply left it.
            step.entry = drift.state == .conflicted ? drift.entry : (entry() ?? drift.entry)
            step.conflicts = drift.state == .conflicted
            step.message = drift.state == .conflicted
                ? "left \(path) alone: \(drift.detail)" : "kept \(path): \(drift.detail)"
        case .backupAndWrite:
            step.backup = drift.disk != nil
            step.newFile = try replaced(with: drift.wanted ?? [])
            step.entry = entry()
            step.message = "replaced \(path) with the render (\(option: .force)); your version is in the backup"
        case .delete, .backupAndDelete:
            step.backup = action == .backupAndDelete
            if drift.layout != .wholeFile, let disk = drift.disk {
                do {
                    step.newFile = try drift.layout.removingBlock(from: disk)
                } catch {
                    throw RulesmithError("\(path): \(drift.layout.problemLabel): \(error)")
                }
                step.message = drift.layout.ownedServers.map { "removed MCP server\($0.count == 1 ? "" : "s") \($0.joined(separator: ", ")) from \(path) (no longer rendered); your servers are kept" }
                    ?? "removed block '\(drift.layout.blockID ?? "")' from \(path) (no longer rendered)"
            } else {
                step.delete = true
                step.message = "deleted \(path) (no longer rendered)"
            }
        case .forget:
            if drift.disk == nil || drift.current == nil {
                step.message = "forgot \(path) (no longer rendered, already gone)"
            } else if case .unproven(let reason) = drift.provenance {
                step.message = "stopped managing \(path): no longer rendered, and rulesmith cannot show it wrote it (\(reason)), so it stays"
            } else {
                step.message = "stopped managing \(path): no longer rendered, and it has your edits, so it stays"
            }
        case .skip:
            let serverConflict = drift.state == .blocked && drift.layout.ownedServers != nil
            step.entry = drift.state == .unreadable || serverConflict ? drift.entry : nil
            step.conflicts = drift.state == .unreadable || serverConflict
            step.message = drift.state == .blocked ? "left \(path) alone: \(drift.detail)" : "skipped \(path): \(drift.detail)"
        }
        if let newFile = step.newFile, newFile == drift.disk { step.newFile = nil }
        return step
    }

    /// Writes the plan: backups, files, deletions, cached bases, `beforeLockfile` (say, the new
    /// pin in `.rulesmith.yml`), then the lockfile. Returns the report lines and the
    /// repository-relative paths whose bytes changed.
    ///
    /// The lockfile is the commit point: a run killed before it leaves the old lockfile, and the
    /// next run classifies files that already hold the new render as edited+stale, whose 3-way
    /// merge (base: the old render) gives back exactly what is on disk, so no hand edit is lost.
    func execute(_ plan: Plan, beforeLockfile: () throws -> Void = {}) throws -> (lines: [String], changed: [String]) {
        let workspace = session.workspace
        let backups = BackupStore(workspace: workspace)
        let bases = MergeBases(workspace: workspace, regenerate: { [:] })
        var lines: [String] = []
        var changed: [String] = []
        for step in plan.steps {
            if step.backup, let disk = step.drift.disk {
                let saved = try backups.save(disk, for: step.drift.path)
                lines.append("backed up \(step.drift.path) to \(saved)")
            }
        }
        for step in plan.steps {
            if let newFile = step.newFile {
                try workspace.write(newFile, to: step.drift.path, executable: step.drift.rendered?.executable)
                changed.append(step.drift.path)
            } else if step.delete {
                try workspace.delete(step.drift.path)
                changed.append(step.drift.path)
            }
            if let message = step.message, Self.reports(step) { lines.append(message) }
            if let wanted = step.drift.wanted, let entry = step.entry, GitBlobID.of(wanted) == entry.blob { bases.remember(wanted) }
        }
        try beforeLockfile()
        let lockBytes = plan.lock.serialized()
        if (try? FileSystem.read(workspace.lockPath)) != lockBytes {
            try AtomicFile.write(lockBytes, to: workspace.lockPath, scope: .inside(workspace.root))
            changed.append(Lockfile.fileName)
        }
        bases.prune(keeping: Set(plan.lock.files.map(\.blob)))
        session.lock = plan.lock
        return (lines, changed)
    }

    /// Whether a step is worth a line: it changed bytes, or it left something for the user.
    static func reports(_ step: Step) -> Bool {
        step.newFile != nil || step.delete || step.conflicts || [.keep, .skip, .forget].contains(step.action)
    }

    /// What apply would change, as unified diffs (the dry run): nothing is written.
    func preview(_ plan: Plan) -> String {
        var output = ""
        for step in plan.steps {
            let path = step.drift.path
            if let newFile = step.newFile {
                output += UnifiedDiff.render(
                    old: String(decoding: step.drift.disk ?? [], as: UTF8.self), new: String(decoding: newFile, as: UTF8.self),
                    oldPath: step.drift.disk == nil ? "/dev/null" : "a/\(path)", newPath: "b/\(path)")
            } else if step.delete {
                output += UnifiedDiff.render(
                    old: String(decoding: step.drift.disk ?? [], as: UTF8.self), new: "", oldPath: "a/\(path)", newPath: "/dev/null")
            }
        }
        return output
    }
}
