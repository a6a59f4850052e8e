import ArgumentParser
import RulesmithKit

/// `rulesmith rules [ID]`: list the rule catalogue or explain one rule with its examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules, or explain one with its examples.")

    func run() throws {
        throw RulesmithError("rules is not wired yet")
    }
}
