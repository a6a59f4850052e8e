import ArgumentParser
import RulesmithKit

/// Options every registry subcommand takes: where the database is, and how to print.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The registry database (default: $RULESMITH_REGISTRY, else $XDG_DATA_HOME/rulesmith/registry.sqlite).",
        valueName: "PATH"))
    var registry: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text
}

