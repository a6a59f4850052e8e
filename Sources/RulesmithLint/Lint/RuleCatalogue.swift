/// Every rule rulesmith knows, looked up by ID, alias or name.
public struct RuleCatalogue: Sendable {
    public let rules: [any Rule]
    public let projectRules: [any ProjectRule]
    private let byKey: [String: RuleDescription]
    /// Tags of the security rules (`security`, `unicode`, …), as written in configuration and
    /// comments: a suppression naming one is reported, never obeyed.
    public let securityTags: Set<String>

    public init(rules: [any Rule], projectRules: [any ProjectRule] = []) {
        self.rules = rules
        self.projectRules = projectRules
        var byKey: [String: RuleDescription] = [:]
        for description in rules.map(\.description) + projectRules.map(\.description) {
            byKey[description.id.uppercased()] = description
            byKey[description.name.uppercased()] = description
            for alias in description.aliases { byKey[alias.uppercased()] = description }
        }
        self.byKey = byKey
        let security = (rules.map(\.description) + projectRules.map(\.description)).filter { $0.traits.contains(.security) }
        securityTags = Set(security.flatMap(\.tags).map(\.rawValue))
    }

    /// Every rule in the project: llms.txt, rules files, security, and suppression checks.
    public static let standard = RuleCatalogue(
        rules: LLMSTxtRules.all + RulesFileRules.all + RepositoryRules.all + AgentFileRules.all + SecurityRules.all + SuppressionRules.all,
        projectRules: RulesFileRules.project
    )

    /// Every description, sorted by ID.
    public var descriptions: [RuleDescription] {
        (rules.map(\.description) + projectRules.map(\.description)).sorted { $0.id < $1.id }
    }

    /// The rule with this ID, alias or name (case-insensitive): the one resolver of rule keys,
    /// used by `.rulesmith.yml` (at load), suppression comments and `rulesmith rules ID`.
    public func description(for key: String) -> RuleDescription? { byKey[key.uppercased()] }

    /// The canonical rule ID of a key written as an ID, alias or name, in any case.
    public func ruleID(for key: String) -> String? { byKey[key.uppercased()]?.id }

    /// Every tag any rule carries, as users spell it.
    public var tags: Set<String> { Set(descriptions.flatMap(\.tags).map(\.rawValue)) }
}
