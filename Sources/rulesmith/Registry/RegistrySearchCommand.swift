import ArgumentParser
import RulesmithKit

/// `rulesmith registry search TEXT`: full-text search over templates, ranked, with snippets.
struct RegistrySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the templates (ranked, with snippets).")

    @OptionGroup var options: RegistryOptions

    @Argument(help: "Words to find; every word must occur.")
    var text: [String] = []

    @Option(help: "At most this many results.")
    var limit: Int = 20

    @Option(help: ArgumentHelp("Run one search per line of FILE and print hit counts (benchmark).", visibility: .hidden))
    var batch: String?

    func validate() throws {
        if text.isEmpty && batch == nil { throw ValidationError("give the words to search for") }
    }

    func run() throws {
        if let batch {
            Terminal.standardOutput.write(try RegistryCommands.searchBatch(registry: options.registry, queriesFile: batch, limit: limit))
            return
        }
        try Output.finish(try RegistryCommands.search(
            registry: options.registry, text: text.joined(separator: " "), limit: limit), format: options.format)
    }
}
