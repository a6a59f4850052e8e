import RulesmithEditors
import RulesmithTemplates

/// `rulesmith adopt` of a hand edit in a file of a managed skill: the edited file becomes the
/// overlay `.rulesmith/overlays/skills/<skill>/<file>`, rendered into every copy of the skill.
enum AdoptSkillFile {
    static func adopt(_ drift: FileDrift, session: WorkflowSession) throws -> AdoptOutcome {
        let relative = drift.path
        guard let (skill, file) = AssetOverlays.skillFile(ofRendered: relative) else {
            throw RulesmithError("\(relative): not a file of a skill folder rulesmith writes")
        }
        guard let edited = drift.current, let wanted = drift.wanted else {
            throw RulesmithError("\(relative): nothing to compare with")
        }
        let path = AssetOverlays.path(skill: skill, file: file)
        // Adopting again keeps the base of the first adoption: the stack's text, not the last adopted one.
        var base = wanted
        if session.configuration.overlays.contains(path), case .file(let bytes) = session.workspace.read(AssetOverlays.basePath(of: path)) {
            base = bytes
        }
        try AdoptAssetOverlays.checkLint(edited, path: relative, kind: FileKind.classify(relative) ?? .agentSkill, what: "your version of \(relative)")
        return try AdoptAssetOverlays.adopt(
            [AdoptAssetOverlays.Write(path: path, adopted: edited, base: base, replaces: "skill:\(skill)/\(file)")],
            file: relative, session: session)
    }
}
