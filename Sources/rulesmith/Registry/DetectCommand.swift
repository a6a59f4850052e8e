import ArgumentParser
import RulesmithKit

/// `rulesmith detect [PATH]`: the repository facts (projects, stacks, package managers, commands, versions) with evidence.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "detect", abstract: "Show a repository's facts: projects, stacks, package managers, commands and versions, each with its evidence.")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The repository (default: the current folder).")
    var path: String = "."

    func run() throws {
        try Output.finish(try RegistryCommands.detect(registry: options.registry, path: path), format: options.format)
    }
}
