/// What a workflow command prints and how the process ends (0 clean, 1 drift or conflicts).
public struct WorkflowResult: Sendable, Equatable {
    public var output: String
    public var exitCode: Int32

    public init(output: String, exitCode: Int32 = 0) {
        self.output = output
        self.exitCode = exitCode
    }
}

/// Output formats of `status` and `check`.
public enum WorkflowFormat: String, Sendable, CaseIterable {
    case text, json
}
