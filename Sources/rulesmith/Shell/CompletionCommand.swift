import ArgumentParser
import RulesmithKit

/// `rulesmith completion SHELL`: print the shell completion script.
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion", abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
        Completes commands, options and their values. Load it once per shell, or install it where \
        your shell looks for completions.

        Examples:
          source <(rulesmith completion bash)
          rulesmith completion zsh > "${fpath[1]}/_rulesmith"
          rulesmith completion fish > ~/.config/fish/completions/rulesmith.fish
        """)

    /// The shells argument-parser writes scripts for.
    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
    }

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let script = Rulesmith.completionScript(for: CompletionShell(rawValue: shell.rawValue) ?? .bash)
        try Output.finish(CompletionOutcome(shell: shell.rawValue, script: script), format: format)
    }
}
