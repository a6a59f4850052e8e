import ArgumentParser
import RulesmithKit

/// `rulesmith detect [PATH]`: which stacks a repository matches, with the evidence.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "detect", abstract: "Show which stacks a repository matches, and why.")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "The repository (default: the current folder).")
    var path: String = "."

    func run() throws {
        Terminal.standardOutput.write(try RegistryCommands.detect(registry: options.registry, path: path, format: options.format))
    }
}
