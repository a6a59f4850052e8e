import ArgumentParser
import Foundation
import RulesmithKit

/// `rulesmith hook uninstall`: remove rulesmith's hook and restore the one it chained.
struct HookUninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove rulesmith's pre-commit hook, restoring the hook it chained.",
        discussion: "A hook that is not rulesmith's is left as it is (exit 0)."
    )

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let installer = HookInstaller(executable: "rulesmith", environment: ProcessInfo.processInfo.environment)
        let outcome = try installer.uninstall()
        try Output.finish(HookChangeOutcome(.uninstall(outcome), workingDirectory: installer.workingDirectory), format: format)
    }
}
