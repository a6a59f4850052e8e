import ArgumentParser
import RulesmithKit

/// Options every workflow command takes: where the registry database is.
struct WorkflowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The registry database (default: $RULESMITH_REGISTRY, else $XDG_DATA_HOME/rulesmith/registry.sqlite).",
        valueName: "PATH"))
    var registry: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text
}

