import RulesmithGit
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// `rulesmith adopt FILE`: turns the hand edit of a generated file into repository-local overlay
/// rules (`.rulesmith/overlays/*.md`, listed in `.rulesmith.yml`), so every later render
/// reproduces it; then applies, so the other targets get it too and `status` is clean.
public enum Adoption {
    public static func run(
        directory: String = FileSystem.currentDirectory, file: String, registry: String?
    ) throws -> AdoptOutcome {
        let session = try WorkflowSession.open(from: directory, registry: registry)
        let workspace = session.workspace
        let runLock = try session.lockRun()
        defer { runLock.release() }
        let absolute = FileSystem.absolute(file, from: FileSystem.realPath(directory) ?? directory)
        let relative = FileSystem.relative(absolute, to: workspace.root)
        guard WorkflowWorkspace.isConfined(relative), !relative.hasPrefix("/") else {
            throw RulesmithError("\(file): outside the repository at \(workspace.root)")
        }
        guard session.lock?.entry(for: relative) != nil else {
            // A rules file rulesmith did not write: its whole text is taken in.
            return try HandWrittenAdoption.adopt(relative, given: file, session: session)
        }
        let scan = try session.scan(latest: false)
        guard let drift = scan.drifts.first(where: { $0.path == relative }) else {
            throw RulesmithError("\(file): not found in the scan")
        }
        switch drift.state {
        case .upToDate:
            return AdoptOutcome(file: relative, nothingToAdopt: "\(relative) matches the render")
        case .edited:
            break
        case .editedStale, .stale:
            throw RulesmithError("\(relative): the templates changed since it was written; run rulesmith apply first (it merges your edit), then adopt")
        case .conflicted:
            throw RulesmithError("\(relative): \(drift.detail); adopt the resolved file afterwards")
        default:
            throw RulesmithError("\(relative): \(drift.state.rawValue): \(drift.detail)")
        }
        if SkillsTarget.isSkillPath(relative) { return try AdoptSkillFile.adopt(drift, session: session) }
        if drift.layout.ownedServers != nil { return try AdoptMCPServer.adopt(drift, session: session) }
        guard let generated = drift.wanted, let edited = drift.current, let rendered = drift.rendered else {
            throw RulesmithError("\(relative): nothing to compare with")
        }
        var rules: [String: RuleTemplate] = [:]
        for stack in scan.render.chain {
            for rule in stack.rules { rules[rule.id] = rule }
        }
        let existing = try session.renderer(tracking: try TrackedPaths.load(workspace)).overlays(session.configuration)
        let overlays: [AdoptionPlan.Overlay]
        do {
            overlays = try AdoptionPlan.overlays(
                file: relative, generated: generated, edited: edited, sections: rendered.sections, rules: rules,
                takenIDs: Set(existing.rules.map(\.id)))
        } catch {
            throw RulesmithError(error.message)
        }
        guard !overlays.isEmpty else {
            return AdoptOutcome(file: relative, nothingToAdopt: "\(relative) differs only in blank lines")
        }

        // Write the overlays and list them, remembering what was there to roll back.
        let originalText = session.configurationText ?? ""
        var previous: [String: DiskContent] = [:]
        for overlay in overlays { previous[overlay.path] = workspace.read(overlay.path) }
        let (text, configuration) = try OverlayListing.adding(
            overlays.map(\.path), to: originalText, listed: session.configuration.overlays)
        func rollBack() {
            for (path, content) in previous {
                if case .file(let bytes) = content { try? workspace.write(bytes, to: path) } else { try? workspace.delete(path) }
            }
            try? workspace.writeConfiguration(Array(originalText.utf8))
        }
        var lines: [String] = []
        do {
            for overlay in overlays {
                try workspace.write(overlay.contents, to: overlay.path)
                session.writtenOverlays.insert(overlay.path)
                lines.append(overlay.replaces.map { "wrote \(overlay.path): replaces the body of \($0)" }
                    ?? "wrote \(overlay.path): your added lines, rendered after the stacks' rules in every target")
            }
            if text != originalText {
                try workspace.writeConfiguration(Array(text.utf8))
                lines.append("listed the overlay\(overlays.count == 1 ? "" : "s") in \(ProjectConfiguration.fileName)")
            }
            session.configuration = configuration
            session.configurationText = text
            let again = try session.scan(latest: false)
            guard let after = again.drifts.first(where: { $0.path == relative }), let reproduced = after.wanted else {
                throw RulesmithError("\(relative): no longer rendered with the overlay")
            }
            let check = AdoptionPlan.reproduces(edited, in: reproduced)
            guard check.reproduced else {
                throw RulesmithError("\(relative): the render with the overlay does not reproduce your edit (the renderer reshapes it); nothing was changed")
            }
            if reproduced != edited {
                let file = try after.layout.replacingRegion(of: after.disk, with: reproduced)
                try workspace.write(file, to: relative)
                lines.append("rewrote \(relative) as rendered with the overlay: your text is all there"
                    + (check.extra > 0 ? ", with \(check.extra) line\(check.extra == 1 ? "" : "s") the renderer adds around it" : ", possibly moved to where overlays render"))
            }
        } catch {
            rollBack()
            throw error
        }
        return try applyAndStage(
            file: relative, overlays: overlays.map { AdoptOutcome.Overlay(path: $0.path, replaces: $0.replaces) },
            staging: overlays.map(\.path), messages: lines, session: session)
    }

    /// Applies the render with the adopted overlays in place (the other targets follow the edit),
    /// stages the overlay files and reports the adoption.
    static func applyAndStage(
        file relative: String, overlays: [AdoptOutcome.Overlay], staging paths: [String], messages: [String], session: WorkflowSession
    ) throws -> AdoptOutcome {
        let engine = ApplyEngine(session: session, force: false)
        let plan = try engine.plan(try session.scan(latest: false))
        let (applied, _) = try engine.execute(plan)
        let lines = messages + applied + (try stage(paths, in: session.workspace))
        return AdoptOutcome(file: relative, overlays: overlays, messages: lines, conflicts: plan.hasConflicts)
    }

    /// Stages the overlay files (`git add`): rulesmith renders only overlays git tracks, so an
    /// unstaged one would stop the next `apply`. The configuration is left for the user to commit.
    static func stage(_ paths: [String], in workspace: WorkflowWorkspace) throws(RulesmithError) -> [String] {
        guard let repository = workspace.repository else { return [] }
        let gitPaths = paths.compactMap { workspace.gitPath($0) }
        do {
            try repository.add(gitPaths)
            try repository.writeIndex()
        } catch {
            throw RulesmithFailure.git("\(workspace.root): cannot stage the overlays (git add \(gitPaths.joined(separator: " "))): \(error.message)")
        }
        return ["staged \(paths.joined(separator: ", ")) (git add): rulesmith renders only overlays git tracks; commit \(paths.count == 1 ? "it" : "them") with \(ProjectConfiguration.fileName)"]
    }
}
