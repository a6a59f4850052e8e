import Testing
@testable import RulesmithLint

/// A heuristic's rule ID and default severity are declared once, in its rule's description; the
/// heuristic reads them from there (they were once also derived from the enum's case order).
struct HeuristicRuleDeclarationTests {
    @Test func everyHeuristicReportsThroughOneRuleOfTheCatalogue() {
        let security = SecurityRules.all.map(\.description.id)
        var seen = Set<String>()
        for heuristic in HeuristicRule.allCases {
            let description = heuristic.rule.description
            #expect(heuristic.ruleID == description.id)
            #expect(heuristic.defaultSeverity == description.defaultSeverity)
            #expect(security.contains(description.id), "\(heuristic) reports \(description.id), not a security rule")
            #expect(seen.insert(description.id).inserted, "\(description.id) reported by two heuristics")
        }
    }

    @Test func theIDsAreTheRulesOwn() {
        #expect(HeuristicRule.override.ruleID == "SEC101")
        #expect(HeuristicRule.secret.ruleID == "SEC201")
        #expect(HeuristicRule.destructive.ruleID == "SEC112")
    }
}
