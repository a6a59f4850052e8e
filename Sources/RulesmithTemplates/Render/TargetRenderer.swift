import RulesmithEditors

/// Renders a stack chain into every requested editor's files: pure, deterministic (stable
/// order, `\n` line endings, one trailing newline, so the same input gives the same bytes),
/// with budgets enforced before anything can be written.
///
/// Each target has its own format (`Formats/`), driven by its `TargetCatalogue` entry. The
/// `llms-txt` target renders no file here: llms.txt describes a site's documentation, not rule
/// templates, and `rulesmith llms generate` builds it; asking for it adds a note.
public enum TargetRenderer {
    /// The format of target `name`; every catalogue target but `llms-txt` has one.
    static func format(_ name: String) -> (any TargetFormat.Type)? {
        switch name {
        case CursorFormat.name: CursorFormat.self
        case CursorrulesFormat.name: CursorrulesFormat.self
        case AgentsFormat.name: AgentsFormat.self
        case ClaudeFormat.name: ClaudeFormat.self
        case ClaudeRulesFormat.name: ClaudeRulesFormat.self
        case CopilotFormat.name: CopilotFormat.self
        case WindsurfFormat.name: WindsurfFormat.self
        case ClineFormat.name: ClineFormat.self
        case KiroFormat.name: KiroFormat.self
        case GeminiFormat.name: GeminiFormat.self
        case MCPFormat.name: MCPFormat.self
        case SkillsFormat.name: SkillsFormat.self
        default: nil
        }
    }

    /// The target whose file another command generates.
    public static let llmsTxtTarget = "llms-txt"

    /// The files for `input.targets`, in path order.
    public static func render(_ input: RenderInput) throws(RenderError) -> [RenderedFile] {
        try report(input).files
    }

    /// The files for `input.targets` in path order, with the notes (advisory budgets exceeded,
    /// manual rules a target cannot hold, overrides without effect, unused variables).
    public static func report(_ input: RenderInput) throws(RenderError) -> RenderReport {
        var notes: [RenderNote] = []
        let targets = try resolve(input.targets)
        let rules = try RuleSet(input, notes: &notes)
        var rulesByTarget: [String: [TargetRule]] = [:]
        for target in targets where format(target.name) != nil {
            rulesByTarget[target.name] = try rules.rules(for: target.name)
        }
        let servers = targets.contains { $0.name == MCPFormat.name }
            ? input.assetOverlays.applying(toServers: try rules.mcpServers(input.chain), notes: &notes) : []
        let skills = targets.contains { $0.name == SkillsFormat.name }
            ? input.assetOverlays.applying(toSkills: SkillsFormat.skills(of: input.chain), notes: &notes) : SkillsFormat.skills(of: input.chain)
        var files: [RenderedFile] = []
        for target in targets {
            guard let format = format(target.name), let targetRules = rulesByTarget[target.name] else {
                notes.append(RenderNote(
                    target: target.name,
                    message: "not rendered from rule templates: `rulesmith llms generate` builds llms.txt from the site's documentation"))
                continue
            }
            if !target.filePerRule {
                for rule in targetRules where !rule.frontmatter.isEmpty {
                    notes.append(RenderNote(
                        target: target.name, rule: rule.name,
                        message: "overrides.\(target.name) keys \(rule.frontmatter.map { "'\($0.key)'" }.joined(separator: ", ")) have no effect: \(target.sharedPath ?? target.name) has no frontmatter"))
                }
            }
            let context = RenderContext(
                target: target, rulesByTarget: rulesByTarget, servers: servers, skills: skills)
            let rendered = format.render(targetRules, context: context, notes: &notes)
            if rendered.isEmpty, target.name != MCPFormat.name, target.name != SkillsFormat.name {
                notes.append(RenderNote(target: target.name, message: "no rule of \(input.chain.map(\.id).joined(separator: ", ")) applies to this target; nothing rendered"))
            }
            files += rendered
        }
        files.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        try BudgetCheck.check(files, notes: &notes)
        notes += DoubleLoadNotes.notes(for: files)
        let alwaysOn = AlwaysOnContext.sizes(files, targets: targets, rulesByTarget: rulesByTarget)
        if let budget = input.alwaysOnBudget ?? input.facts.map({ AlwaysOnContext.defaultBudget(projects: $0.projects.count) }) {
            for size in alwaysOn where size.bytes > budget {
                notes.append(RenderNote(
                    target: size.target,
                    message: "always-on context \(RenderText.grouped(size.bytes)) bytes (~\(RenderText.grouped(size.estimatedTokens)) tokens), "
                        + "over the \(RenderText.grouped(budget))-byte budget (always-on-budget in .rulesmith.yml): every task pays for it; "
                        + "mark fewer rules essential"))
            }
        }
        return RenderReport(files: files, notes: notes, variables: rules.resolution.variables, alwaysOn: alwaysOn)
    }

    /// The catalogue entries for `names`, each once, in catalogue order.
    static func resolve(_ names: [String]) throws(RenderError) -> [Target] {
        for name in names where TargetCatalogue.target(named: name) == nil {
            throw .unknownTarget(name)
        }
        let wanted = Set(names)
        return TargetCatalogue.targets.filter { wanted.contains($0.name) }
    }
}
