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
    var format: CatalogueFormat = .text

    enum CatalogueFormat: String, ExpressibleByArgument {
        case text, json
    }

    func run() throws {
        let catalogue = RuleCatalogue.standard
        let printer = RuleCataloguePrinter(catalogue: catalogue)
        if let rule {
            guard let description = catalogue.description(for: rule) else {
                throw RulesmithError("no rule named '\(rule)'; `rulesmith rules` lists them")
            }
            if format == .json { Terminal.standardOutput.write(printer.json([description])) } else { Terminal.standardOutput.writeText(printer.explain(description)) }
            return
        }
        var descriptions = catalogue.descriptions
        if let tag {
            descriptions = descriptions.filter { $0.tags.contains(tag) }
            if descriptions.isEmpty { throw RulesmithError("no rule has the tag '\(tag)'; tags are \(catalogue.tags.sorted().joined(separator: ", "))") }
        }
        if format == .json { Terminal.standardOutput.write(printer.json(descriptions)) } else { Terminal.standardOutput.writeText(printer.list(descriptions)) }
    }
}
