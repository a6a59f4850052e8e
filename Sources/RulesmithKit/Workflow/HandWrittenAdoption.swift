import RulesmithEditors
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// Takes rules files rulesmith did not write into the repository's overlays, for
/// `init --adopt-existing` and `adopt FILE`: each file's text becomes an overlay rule (listed in
/// `.rulesmith.yml`), the render then holds every line of it, and rulesmith writes the whole file
/// from then on. Nothing is written until the caller executes the plan; a file whose text the
/// render would not hold, or that no target renders, is refused before anything is written.
enum HandWrittenAdoption {
    /// The overlays to write and the configuration that lists them.
    struct Plan {
        var taken: [(path: String, taken: HandWrittenOverlay.Taken)] = []
        var configurationText: String
        var configuration: ProjectConfiguration

        var overlayPaths: [String] { taken.map(\.taken.overlay.path) }
    }

    /// The hand-written rules files `init --adopt-existing` takes in: a file in the way of a
    /// generated one (AGENTS.md that would get a block after the user's text, a `.mdc` of the
    /// same name), and every file in the folder of a chosen file-per-rule target.
    static func candidates(_ scan: WorkflowSession.Scan, session: WorkflowSession) throws -> [String] {
        let obstructed = Set(scan.obstructions.map(\.drift.path))
        var paths = Set(scan.drifts.filter { drift in
            drift.entry == nil && drift.disk != nil && drift.current == nil && !obstructed.contains(drift.path)
                && (drift.state == .new || drift.state == .blocked) && HandWrittenOverlay.isAdoptable(drift.path)
        }.map(\.path))
        let targets = scan.render.inputs.targets.compactMap { TargetCatalogue.target(named: $0) }.filter(\.filePerRule)
        let folders = Set(targets.flatMap(\.outputPaths).filter { $0.contains("<name>") }.map(PathSyntax.directory(of:)).filter { !$0.isEmpty })
        if !folders.isEmpty {
            let files: [String]
            do {
                files = try WorkspaceScanner(root: session.workspace.root).allFiles()
            } catch {
                throw RulesmithError("\(session.workspace.root): cannot list the repository's files: \(error)")
            }
            for path in files where folders.contains(PathSyntax.directory(of: path)) && HandWrittenOverlay.isAdoptable(path)
                && session.lock?.entry(for: path) == nil && !obstructed.contains(path) {
                if let drift = scan.drifts.first(where: { $0.path == path }), drift.current == drift.wanted, drift.current != nil { continue }
                if HandWrittenOverlay.isOneRule(path), targets.contains(where: { $0.kinds.contains { $0 == FileKind.classify(path) } }) {
                    paths.insert(path)
                }
            }
        }
        // A link (or anything but a regular file) is never read through: it stays as it is.
        return paths.filter { path in
            if case .file = session.workspace.read(path) { return true }
            return false
        }.sorted()
    }

    /// The overlays for `paths` and the configuration listing them; refuses a file it cannot take in.
    static func plan(_ paths: [String], session: WorkflowSession, scan: WorkflowSession.Scan) throws -> Plan {
        let stackRules = OverlayRules.ruleIDs(of: scan.render.chain.filter { $0.id != OverlayRules.stackID })
        var taken = Set(session.configuration.overlays.map { path in
            String((path.split(separator: "/").last ?? Substring(path)).dropLast(path.hasSuffix(".md") ? 3 : 0))
        })
        var plan = Plan(configurationText: session.configurationText ?? "", configuration: session.configuration)
        for path in paths {
            guard case .file(let bytes) = session.workspace.read(path) else {
                throw RulesmithError("\(path): not a regular file in the repository; rulesmith takes in only files")
            }
            let perRule = HandWrittenOverlay.isOneRule(path)
            let one: HandWrittenOverlay.Taken
            do {
                one = try HandWrittenOverlay.overlay(path: path, bytes: bytes, perRule: perRule, stackRules: stackRules, takenIDs: taken)
            } catch {
                throw RulesmithError(error.message)
            }
            taken.insert(one.overlay.id)
            if session.workspace.read(one.overlay.path) != .missing {
                throw RulesmithError("\(one.overlay.path): already exists; rulesmith will not overwrite it to take in \(path) (move it away, or list it in \(ProjectConfiguration.fileName))")
            }
            plan.taken.append((path, one))
        }
        (plan.configurationText, plan.configuration) = try OverlayListing.adding(
            plan.overlayPaths, to: plan.configurationText, listed: session.configuration.overlays)
        return plan
    }

    /// Switches `session` to the plan's configuration (overlays rendered from memory) and scans
    /// again; each taken file becomes a whole file rulesmith writes, after checking that the
    /// render holds every line of the user's text (for a CLAUDE.md that imports AGENTS.md, the
    /// two together).
    static func rescan(_ session: WorkflowSession, plan: Plan) throws -> WorkflowSession.Scan {
        session.configuration = plan.configuration
        session.configurationText = plan.configurationText
        for (_, one) in plan.taken { session.pendingOverlays[one.overlay.path] = one.overlay.contents }
        var scan = try session.scan(latest: false)
        for (path, one) in plan.taken {
            guard let index = scan.drifts.firstIndex(where: { $0.path == path }), let wanted = scan.drifts[index].wanted else {
                throw RulesmithError("\(path): no target renders this file (targets: \(scan.render.inputs.targets.joined(separator: ", "))), "
                    + "so rulesmith cannot manage it; add its editor's target to \(ProjectConfiguration.fileName), or leave it as it is")
            }
            var result = wanted
            if let imported = scan.drifts[index].rendered.flatMap(ClaudeImportStub.importedPath(of:)),
               let agents = scan.drifts.first(where: { $0.path == imported })?.wanted {
                result += [0x0A] + agents
            }
            guard AdoptionPlan.reproduces(one.text, in: result).reproduced else {
                throw RulesmithError("\(path): the render with \(one.overlay.path) would not hold every line of your text (the renderer reshapes it); nothing was written")
            }
            var drift = scan.drifts[index]
            drift.state = .new
            drift.layout = .wholeFile
            drift.current = nil
            drift.userText = false
            drift.detail = "your text is taken in as \(one.overlay.path)\(one.overlay.replaces.map { " (replaces the body of rule \($0))" } ?? ""); rulesmith writes the whole file"
            scan.drifts[index] = drift
        }
        return scan
    }

    /// Writes the overlay files (the configuration is the caller's) and returns one line each.
    static func writeOverlays(_ plan: Plan, session: WorkflowSession) throws -> [String] {
        var lines: [String] = []
        for (path, one) in plan.taken {
            try session.workspace.write(one.overlay.contents, to: one.overlay.path)
            session.writtenOverlays.insert(one.overlay.path)
            lines.append("took in \(path) as \(one.overlay.path)"
                + (one.overlay.replaces.map { ", which replaces the body of rule \($0)" } ?? ", rendered after the stacks' rules"))
        }
        return lines
    }

    /// `adopt FILE` on a rules file rulesmith did not write: its text becomes an overlay, the
    /// other generated files are brought up to date, and the file is rewritten as rendered.
    static func adopt(_ path: String, given: String, session: WorkflowSession) throws -> AdoptOutcome {
        guard HandWrittenOverlay.isAdoptable(path) else {
            throw RulesmithError("\(given): rulesmith did not generate it (it is not in \(Lockfile.fileName)), and it is not a rules file rulesmith can take in; nothing to adopt")
        }
        guard case .file = session.workspace.read(path) else {
            throw RulesmithError("\(given): not a regular file in the repository (missing, a folder or a link); nothing to adopt")
        }
        let scan = try session.scan(latest: false)
        if let satisfied = scan.satisfied.first(where: { $0.path == path }) {
            return AdoptOutcome(file: path, nothingToAdopt: "\(path) is \(satisfied.how), which satisfies the claude target; rulesmith leaves it as it is")
        }
        if let (_, reason) = scan.obstructions.first(where: { $0.drift.path == path }) {
            throw RulesmithError("\(path): \(reason); nothing to adopt")
        }
        let plan = try self.plan([path], session: session, scan: scan)
        let originalText = session.configurationText
        let again = try rescan(session, plan: plan)
        let engine = ApplyEngine(session: session, force: false)
        let applyPlan = try engine.plan(again)
        var lines = try writeOverlays(plan, session: session)
        do {
            try session.workspace.writeConfiguration(Array(plan.configurationText.utf8))
            lines.append("listed the overlay in \(ProjectConfiguration.fileName)")
            let (applied, _) = try engine.execute(applyPlan)
            lines += applied
        } catch {
            try? session.workspace.writeConfiguration(Array((originalText ?? "").utf8))
            for (_, one) in plan.taken { try? session.workspace.delete(one.overlay.path) }
            throw error
        }
        lines += try Adoption.stage(plan.overlayPaths, in: session.workspace)
        return AdoptOutcome(
            file: path, overlays: plan.taken.map { AdoptOutcome.Overlay(path: $0.taken.overlay.path, replaces: $0.taken.overlay.replaces) },
            messages: lines, conflicts: applyPlan.hasConflicts)
    }
}
