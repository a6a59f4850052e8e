import RulesmithRegistry
import RulesmithTemplates

/// Renders stacks from the registry: resolves the chain as a registry revision left it (base
/// first, then what each stack extends), renders it with `TargetRenderer`, and turns every
/// failure into a one-line `RulesmithError` (exit 2) naming the stack, target, variable or rule.
public enum RenderService {
    /// The files `stacks` render for `targets`, in path order; nothing is written.
    public static func render(
        stacks: [String], targets: [String], variables: [String: String] = [:], overlays: [RuleTemplate] = [],
        registry: TemplateRegistry, revision: Int64? = nil
    ) throws(RulesmithError) -> [RenderedFile] {
        try report(stacks: stacks, targets: targets, variables: variables, overlays: overlays, registry: registry, revision: revision).files
    }

    /// The files and the render's notes (advisory budgets, left-out manual rules, …).
    public static func report(
        stacks: [String], targets: [String], variables: [String: String] = [:], overlays: [RuleTemplate] = [],
        registry: TemplateRegistry, revision: Int64? = nil
    ) throws(RulesmithError) -> RenderReport {
        let chain = try chain(stacks, registry: registry, revision: revision)
        do {
            return try TargetRenderer.report(RenderInput(chain: chain, targets: targets, variables: variables, overlays: overlays))
        } catch {
            throw RulesmithFailure.failed("cannot render \(stacks.joined(separator: ", ")): \(error.description)")
        }
    }

    /// The resolved chain for `stacks` at `revision` (default: newest), base first.
    public static func chain(_ stacks: [String], registry: TemplateRegistry, revision: Int64? = nil) throws(RulesmithError) -> [TemplateStack] {
        guard !stacks.isEmpty else { throw RulesmithFailure.usage("no stack given; `rulesmith registry list` shows the stacks") }
        // `render` reads no repository, so there is nothing to detect.
        guard !StackNameCheck.mentionsDetected(stacks) else {
            throw RulesmithFailure.usage("stack '\(StackNameCheck.detected)' means the stacks detected in a repository; render reads none, so name the stacks")
        }
        do {
            let all = try registry.stacks(at: revision, withRules: false)
            let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let known = StackNameCheck.Known(all, aliases: try registry.index().tagAliases)
            let named: [String]
            do {
                named = try StackNameCheck.resolve(stacks, in: known, revision: revision)
            } catch {
                throw RulesmithFailure.usage("\(error)")
            }
            return try StackResolver.resolve(named, in: byID).map { try registry.stack($0.id, at: revision) }
        } catch let error as RulesmithError {
            throw error
        } catch let error as TemplateError {
            throw RulesmithFailure.registry(error.description)
        } catch let error as RegistryError {
            throw RulesmithFailure.registry(error.description)
        } catch {
            throw RulesmithFailure.registry("\(registry.path): \(error)")
        }
    }
}
