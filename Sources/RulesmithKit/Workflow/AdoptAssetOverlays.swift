import RulesmithEditors
import RulesmithGit
import RulesmithLint
import RulesmithTemplates
import RulesmithText

/// Writes the overlays that adopt a skill file or MCP servers (`AdoptSkillFile`,
/// `AdoptMCPServer`): each adopted text and its base, listed in `.rulesmith.yml`; checks that the
/// render then reproduces the file, applies (the other copies follow), and stages the overlays.
/// On any failure before the apply, everything written is put back as it was.
enum AdoptAssetOverlays {
    /// One overlay to write: the adopted text and the stack's text it was adopted against.
    struct Write {
        var path: String
        var adopted: [UInt8]
        var base: [UInt8]
        /// What it replaces, for the outcome (`skill:<name>/<file>`, `mcp:<server>`).
        var replaces: String
    }

    static func adopt(_ writes: [Write], file relative: String, session: WorkflowSession) throws -> AdoptOutcome {
        let workspace = session.workspace
        let originalText = session.configurationText ?? ""
        var previous: [String: DiskContent] = [:]
        var written: [String] = []
        for write in writes {
            for path in [write.path, AssetOverlays.basePath(of: write.path)] {
                if let problem = OverlayRules.pathProblem(path) { throw RulesmithError("\(path): \(problem)") }
                if let link = workspace.symbolicLinkOnTheWay(to: path) {
                    throw RulesmithError("\(path): \(link) is a symbolic link; rulesmith writes overlays only as real files under \(AdoptionPlan.overlayFolder)/")
                }
                previous[path] = workspace.read(path)
            }
        }
        let (text, configuration) = try OverlayListing.adding(
            writes.map(\.path), to: originalText, listed: session.configuration.overlays)
        let savedConfiguration = session.configuration
        let savedText = session.configurationText
        let savedWritten = session.writtenOverlays
        func rollBack() {
            for (path, content) in previous {
                if case .file(let bytes) = content { try? workspace.write(bytes, to: path) } else { try? workspace.delete(path) }
            }
            try? workspace.writeConfiguration(Array(originalText.utf8))
            session.configuration = savedConfiguration
            session.configurationText = savedText
            session.writtenOverlays = savedWritten
        }
        var lines: [String] = []
        do {
            for write in writes {
                let basePath = AssetOverlays.basePath(of: write.path)
                // An overlay is data, not a program: it is written without the executable bit;
                // the rendered script keeps the mode its stack gives it.
                try workspace.write(write.adopted, to: write.path, executable: false)
                try workspace.write(write.base, to: basePath, executable: false)
                session.writtenOverlays.formUnion([write.path, basePath])
                written += [write.path, basePath]
                lines.append("wrote \(write.path): your version of \(write.replaces), rendered in its place (the stack's text it was adopted against is in \(basePath))")
            }
            if text != originalText {
                try workspace.writeConfiguration(Array(text.utf8))
                lines.append("listed the overlay\(writes.count == 1 ? "" : "s") in \(ProjectConfiguration.fileName)")
            }
            session.configuration = configuration
            session.configurationText = text
            let again = try session.scan(latest: false)
            guard let after = again.drifts.first(where: { $0.path == relative }) else {
                throw RulesmithError("\(relative): no longer rendered with the overlay")
            }
            guard after.state == .upToDate || after.wanted == after.current else {
                throw RulesmithError("\(relative): the render with the overlay does not reproduce your edit; nothing was changed")
            }
        } catch {
            rollBack()
            throw error
        }
        return try Adoption.applyAndStage(
            file: relative, overlays: writes.map { AdoptOutcome.Overlay(path: $0.path, replaces: $0.replaces) },
            staging: written, messages: lines, session: session)
    }

    /// Refuses an adoption whose text has an error-level finding at the default rule levels (a
    /// literal secret, a poisoned script): the overlay is committed, and sync pushes what it renders.
    static func checkLint(_ bytes: [UInt8], path: String, kind: FileKind, what: String) throws(RulesmithError) {
        let document = LintDocument(path: path, kind: kind, source: SourceText(bytes: bytes), options: LintOptions())
        let errors = Linter().lint(document).filter { $0.severity == .error }
        guard let first = errors.first else { return }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
        throw RulesmithFailure.refused(
            "\(path): adopt refused: \(what) has \(first.ruleID) \(first.ruleName) at line \(first.start.line): \(first.message)\(more); "
                + "nothing was changed. Fix it in the file, then adopt again")
    }
}
