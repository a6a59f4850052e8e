import Testing
@testable import RulesmithLint

/// The traits rules declare agree with what else the catalogue knows about them, so a new rule
/// cannot carry the `security` tag and escape the engine's security handling, or the reverse.
struct RuleTraitsTests {
    @Test func theSecurityTraitAndTagGoTogether() {
        for description in RuleCatalogue.standard.descriptions {
            #expect(description.traits.contains(.security) == description.tags.contains(.security), "\(description.id)")
            #expect(description.isSuppressibleInline != (description.traits.contains(.security) || description.id == SuppressionRules.securityInlineID),
                    "\(description.id)")
        }
    }

    @Test func projectRulesAndOnlyThemCompareDocuments() {
        let catalogue = RuleCatalogue.standard
        #expect(catalogue.projectRules.allSatisfy { $0.description.traits.contains(.wholeProject) })
        #expect(catalogue.rules.allSatisfy { !$0.description.traits.contains(.wholeProject) })
    }

    @Test func compatRulesAreOptInAndTaggedCompat() {
        for description in RuleCatalogue.standard.descriptions where description.traits.contains(.compat) {
            #expect(description.isOptIn && description.tags.contains(.compat), "\(description.id)")
        }
    }

    /// The engine starts long-running rules before the short ones; the security rules run as one
    /// item of their own, so the trait would mean nothing on one of them.
    @Test func longRunningRulesAreOrdinaryRulesAndLT054IsOne() {
        let long = RuleCatalogue.standard.descriptions.filter { $0.traits.contains(.longRunning) }
        #expect(long.map(\.id).contains("LT054"))
        for description in long { #expect(!description.traits.contains(.security), "\(description.id)") }
    }

    @Test func traitNamesAreUniqueAndCoverEveryTrait() {
        let names = RuleTraits.named.map(\.name)
        #expect(Set(names).count == names.count)
        let all = RuleTraits.named.reduce(into: RuleTraits()) { $0.formUnion($1.trait) }
        #expect(all.names == names)
    }
}
