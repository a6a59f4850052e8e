import Testing
@testable import RulesmithLint

/// Each text heuristic names its rule once: the ID and default severity come from the rule's own
/// description (they were once also derived from the enum's order and a second severity table).
struct HeuristicRuleTests {
    @Test func eachHeuristicBelongsToOneSecurityRuleOfTheCatalogue() {
        let security = Set(SecurityRules.all.map(\.description.id))
        let ids = HeuristicRule.allCases.map(\.ruleID)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).isSubset(of: security))
        let expected: [String] = [
            "SEC101", "SEC102", "SEC103", "SEC104", "SEC105", "SEC106", "SEC107", "SEC108", "SEC109", "SEC110", "SEC111",
            "SEC112", "SEC201",
        ]
        #expect(ids == expected)
    }

    @Test func aHeuristicsDefaultSeverityIsItsRules() throws {
        for heuristic in HeuristicRule.allCases {
            let description = try #require(RuleCatalogue.standard.description(for: heuristic.ruleID))
            #expect(heuristic.defaultSeverity == description.defaultSeverity)
            #expect(description.traits.contains(.security))
        }
    }
}
