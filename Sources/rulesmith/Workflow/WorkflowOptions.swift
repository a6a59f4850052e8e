import ArgumentParser
import RulesmithKit

/// Options every workflow command takes: where the registry database is.
struct WorkflowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The registry database (default: $RULESMITH_REGISTRY, else $XDG_DATA_HOME/rulesmith/registry.sqlite).",
        valueName: "PATH"))
    var registry: String?
}

extension WorkflowFormat: ExpressibleByArgument {}

/// Prints a workflow result and ends with its exit code.
enum WorkflowOutput {
    static func finish(_ result: WorkflowResult) throws {
        Terminal.standardOutput.write(result.printableOutput)
        if result.exitCode != 0 { throw ExitStatus(result.exitCode) }
    }
}
