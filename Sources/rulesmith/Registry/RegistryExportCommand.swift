import ArgumentParser
import RulesmithKit

/// `rulesmith registry export DIR`: write the registry in the template layout, byte for byte.
struct RegistryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the templates to a folder (Templates/, Registry/).")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The folder to write into (created when missing).")
    var directory: String

    @Option(help: "Export the registry as this revision left it.")
    var revision: Int?

    @Option(name: .customLong("stack"), help: "Export only this stack (repeatable).")
    var stacks: [String] = []

    func run() throws {
        try Output.finish(try RegistryCommands.export(
            registry: options.registry, directory: directory, revision: revision, stacks: stacks), format: options.format)
    }
}
