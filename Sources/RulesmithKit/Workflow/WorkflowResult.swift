import RulesmithText

/// What a workflow command prints and how the process ends (0 clean, 1 drift or conflicts).
public struct WorkflowResult: Sendable, Equatable {
    public var output: String
    public var exitCode: Int32
    /// Whether `output` is JSON (escaped by its encoder) rather than lines of text.
    public var isJSON: Bool

    public init(output: String, exitCode: Int32 = 0, isJSON: Bool = false) {
        self.output = output
        self.exitCode = exitCode
        self.isJSON = isJSON
    }

    /// What to print: JSON as it is; text with every control and bidi character a file, a
    /// lockfile or a template carried shown as `�` (each command makes the values it quotes one
    /// line; this catches what is left, such as file content in a diff).
    public var printableOutput: String { isJSON ? output : PrintableMessage.lines(output) }
}

/// Output formats of `status` and `check`.
public enum WorkflowFormat: String, Sendable, CaseIterable {
    case text, json
}
