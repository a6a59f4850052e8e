import RulesmithLint
import RulesmithText

/// `rulesmith rules [ID]`: the catalogue entries asked for, listed, or one rule explained.
public struct RulesOutcome: CommandOutcome {
    public var descriptions: [RuleDescription]
    /// One rule asked for by ID, alias or name: the text explains it with its examples.
    public var explains: Bool

    public func text() -> String {
        let printer = RuleCataloguePrinter(catalogue: .standard)
        return PrintableMessage.lines(explains && descriptions.count == 1 ? printer.explain(descriptions[0]) : printer.list(descriptions))
    }

    /// Version 1: `rules[{id, name, summary, severity, optIn, kinds, tags, fix, aliases, rationale}]`
    /// (one entry for `rules ID`).
    public func json() -> String { RuleCataloguePrinter(catalogue: .standard).json(descriptions) }
}

/// Looks rules up in the standard catalogue.
public enum RulesCommands {
    /// One rule by ID, alias or name, or every rule (with `tag`, only those carrying it).
    public static func run(rule: String?, tag: String?) throws(RulesmithFailure) -> RulesOutcome {
        let catalogue = RuleCatalogue.standard
        if let rule {
            guard let description = catalogue.description(for: rule) else {
                throw RulesmithFailure.usage("no rule named '\(rule)'; `rulesmith rules` lists them")
            }
            return RulesOutcome(descriptions: [description], explains: true)
        }
        var descriptions = catalogue.descriptions
        if let tag {
            descriptions = descriptions.filter { $0.tags.contains { $0.rawValue == tag } }
            if descriptions.isEmpty {
                throw RulesmithFailure.usage("no rule has the tag '\(tag)'; tags are \(catalogue.tags.sorted().joined(separator: ", "))")
            }
        }
        return RulesOutcome(descriptions: descriptions, explains: false)
    }
}
