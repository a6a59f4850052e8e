import ArgumentParser
import RulesmithKit
import RulesmithLint

/// `rulesmith rules [ID]`: list the rule catalogue or explain one rule with its examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one with its examples.",
        discussion: """
        Examples:
          rulesmith rules                 every rule: ID, default severity, name, summary
          rulesmith rules LT046           why the rule exists, what it flags, what it accepts
          rulesmith rules --tag security  only rules with this tag
        """
    )

    @Argument(help: "A rule ID, alias or name to explain.")
    var rule: String?

    @Option(help: "List only rules carrying this tag.")
    var tag: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try Output.finish(try RulesCommands.run(rule: rule, tag: tag), format: format)
    }
}
