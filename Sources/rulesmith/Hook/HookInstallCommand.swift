import ArgumentParser
import Foundation
import RulesmithKit

/// `rulesmith hook install`: write the pre-commit hook, refusing or chaining a foreign one.
struct HookInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the pre-commit hook in the current repository.",
        discussion: """
        The hook runs 'rulesmith hook run' with this binary (by absolute path; else rulesmith \
        on PATH). Installing again is a no-op, or updates the binary's path. A hook that is not \
        rulesmith's is never lost: without --chain install refuses (exit 2); with --chain it \
        moves to pre-commit.rulesmith-chained and runs after rulesmith's, with the same \
        arguments and standard input, and either failing blocks the commit. 'rulesmith hook \
        uninstall' moves it back.
        """
    )

    @Flag(help: "Keep an existing hook and run it after rulesmith's instead of refusing.")
    var chain = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let executable = ExecutablePath.current(argument0: CommandLine.arguments[0], environment: environment) ?? "rulesmith"
        let installer = HookInstaller(executable: executable, environment: environment)
        let outcome = try installer.install(chain: chain)
        try Output.finish(HookChangeOutcome(.install(outcome), workingDirectory: installer.workingDirectory), format: format)
    }
}
