/// Where a stack variable's value came from, as `init` reports it.
public enum VariableSource: Sendable, Hashable {
    /// Given under `key` (`python.test_command` or a bare `test_command`): `.rulesmith.yml` or `--var`.
    case given(key: String)
    /// A repository fact (`commands.test`) of the project at `project`, proved by `evidence` (`path:line`).
    case fact(reference: String, project: String, evidence: String)
    /// The stack's `default:`.
    case defaultValue
    /// The stack fills it from a fact no file of the repository proves: the lines using it are left out.
    case absent(reference: String)
}

/// One declared variable of one stack after resolution: its value (nil when absent) and its source.
public struct ResolvedVariable: Sendable, Hashable {
    public var stack: String
    public var name: String
    public var value: String?
    public var source: VariableSource
    public var description: String?

    /// `stack.name`, the spelling `--var` and `.rulesmith.yml` accept for this stack alone.
    public var qualifiedName: String { "\(stack).\(name)" }
}
