import ArgumentParser
import RulesmithKit

/// `rulesmith registry list [--tag T]`: the stacks, optionally with one tag (aliases resolved).
struct RegistryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stacks.")

    @OptionGroup var options: RegistryOptions

    @Option(help: "Only stacks with this tag (or a tag it is an alias of).")
    var tag: String?

    @Option(help: "List the stacks as this revision left them.")
    var revision: Int?

    func run() throws {
        try Output.finish(try RegistryCommands.list(registry: options.registry, tag: tag, revision: revision), format: options.format)
    }
}
