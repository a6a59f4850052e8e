import ArgumentParser
import RulesmithKit

/// `rulesmith registry history [STACK]`: the revisions, or those that changed one stack.
struct RegistryHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "List the revisions (imports), newest first.")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "Only revisions that added or changed this stack.")
    var stack: String?

    func run() throws {
        try Output.finish(try RegistryCommands.history(registry: options.registry, stack: stack), format: options.format)
    }
}
