import ArgumentParser
import RulesmithKit

/// `rulesmith registry show STACK`: rules, variables, revisions and provenance of one stack.
struct RegistryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one stack: rules, variables, revisions, source.")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The stack ID.")
    var stack: String

    @Option(help: "Show the stack as this revision left it.")
    var revision: Int?

    func run() throws {
        try Output.finish(try RegistryCommands.show(registry: options.registry, stack: stack, revision: revision), format: options.format)
    }
}
