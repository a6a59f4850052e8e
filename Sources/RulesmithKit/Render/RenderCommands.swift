import RulesmithRegistry
import RulesmithTemplates

/// `rulesmith render`: renders stacks from the registry for targets; nothing is written.
public enum RenderCommands {
    public static func render(
        registry: String?, stacks: [String], targets: [String], targetLists: [String], variables: [String], revision: Int?
    ) throws -> RenderOutcome {
        let names = try CommandValues.targets(targets, lists: targetLists)
        let values = try CommandValues.variables(variables)
        guard !stacks.isEmpty else { throw RulesmithFailure.usage("no stack given; pass \(option: .stack) ID (`rulesmith registry list` shows the stacks)") }
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let report = try RenderService.report(
            stacks: stacks, targets: names, variables: values, registry: service.registry, revision: revision.map(Int64.init))
        return RenderOutcome(report: report, stacks: stacks, targets: names)
    }
}
