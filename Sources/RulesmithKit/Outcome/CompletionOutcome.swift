/// The shell completion script `rulesmith completion SHELL` prints (argument-parser writes it).
public struct CompletionOutcome: CommandOutcome {
    public var shell: String
    public var script: String

    public init(shell: String, script: String) {
        self.shell = shell
        self.script = script
    }

    /// The script as is: it is ours, written for the shell to source, not text from a file.
    public func text() -> String { script.hasSuffix("\n") ? script : script + "\n" }

    public func json() -> String {
        OutcomeJSON.document([("shell", .string(shell)), ("script", .string(script))])
    }
}
