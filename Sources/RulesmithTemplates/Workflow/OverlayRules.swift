import RulesmithFacts
import RulesmithText

/// Applies a repository's overlay rules (`.rulesmith/overlays/*.md`, listed in `.rulesmith.yml`)
/// on top of the stacks: an overlay named like a rule of the chain replaces that rule's body where
/// it stands; any other overlay is a new rule rendered after the stacks' rules, as `local/<id>`.
public enum OverlayRules {
    /// The stack ID added overlays are rendered under.
    public static let stackID = "local"

    /// The render input for `chain` with `overlays` applied. Added overlays travel as a last
    /// stack named `local` rather than in `RenderInput.overlays`, so every renderer, placeholder
    /// included, renders them after the stacks with the rule name `local/<id>`.
    public static func renderInput(
        chain: [TemplateStack], targets: [String], variables: [String: String], overlays: [RuleTemplate],
        facts: RepositoryFacts? = nil, alwaysOnBudget: Int? = nil, assetOverlays: AssetOverlays = AssetOverlays()
    ) -> RenderInput {
        var chain = chain
        var added: [RuleTemplate] = []
        for overlay in overlays {
            var replaced = false
            for stackIndex in chain.indices {
                for ruleIndex in chain[stackIndex].rules.indices where chain[stackIndex].rules[ruleIndex].id == overlay.id {
                    chain[stackIndex].rules[ruleIndex].body = overlay.body
                    replaced = true
                }
            }
            if !replaced { added.append(overlay) }
        }
        if !added.isEmpty {
            chain.append(TemplateStack(
                id: stackID, title: "Repository overlays", description: "Rules kept in this repository.",
                category: "base", rules: added, file: [], sourcePath: ".rulesmith/overlays"))
        }
        return RenderInput(
            chain: chain, targets: targets, variables: variables, facts: facts, alwaysOnBudget: alwaysOnBudget, assetOverlays: assetOverlays)
    }

    /// Why `path` (from `overlays:` in `.rulesmith.yml`) cannot be an overlay, or nil: overlays
    /// are files under `.rulesmith/overlays/`, never elsewhere in the repository.
    public static func pathProblem(_ path: String) -> String? {
        let folder = AdoptionPlan.overlayFolder + "/"
        guard path.hasPrefix(folder), path.count > folder.count, !GitDirectoryName.isInside(path) else {
            return "an overlay must be a file under \(folder); refusing to read it"
        }
        return nil
    }

    /// Rule IDs of the chain, to tell a replacing overlay from an added one.
    public static func ruleIDs(of chain: [TemplateStack]) -> Set<String> {
        Set(chain.flatMap { $0.rules.map(\.id) })
    }
}
