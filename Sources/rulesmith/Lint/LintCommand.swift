import ArgumentParser
import RulesmithKit

/// `rulesmith lint`: check llms.txt and rules files.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Lint llms.txt and AI-editor rules files.")

    func run() async throws {
        throw RulesmithError("lint is not wired yet")
    }
}
