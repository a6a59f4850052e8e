/// What `rulesmith render` does, given its options: opens the registry, renders, and returns
/// what to print on standard output and standard error. Nothing is written to the repository.
public enum RenderCommands {
    public static func render(
        registry: String?, stacks: [String], targets: [String], targetLists: [String], variables: [String],
        revision: Int?, format: RegistryOutputFormat
    ) throws -> (output: String, notes: String) {
        let names = try RenderArguments.targets(targets, lists: targetLists)
        let values = try RenderArguments.variables(variables)
        guard !stacks.isEmpty else { throw RulesmithError("no stack given; pass --stack ID (`rulesmith registry list` shows the stacks)") }
        let service = try RegistryService.open(explicitPath: registry, access: .read)
        let report = try RenderService.report(
            stacks: stacks, targets: names, variables: values, registry: service.registry, revision: revision.map(Int64.init))
        let output = format == .json ? RenderOutput.json(report, stacks: stacks, targets: names) : RenderOutput.text(report)
        return (output, format == .json ? "" : RenderOutput.notes(report))
    }
}
