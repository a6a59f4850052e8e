/// Every rule rulesmith knows, looked up by ID, alias or name.
public struct RuleCatalogue: Sendable {
    public let rules: [any Rule]
    public let projectRules: [any ProjectRule]
    private let byKey: [String: RuleDescription]
    /// Tags of the rules no inline comment may silence (`security`, `unicode`, …), lower-cased:
    /// a suppression naming one is reported, never obeyed.
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
        let guarded = (rules.map(\.description) + projectRules.map(\.description)).filter { !$0.isSuppressibleInline }
        securityTags = Set(guarded.flatMap(\.tags).map { $0.lowercased() }).subtracting(["suppression"])
    }

    /// Every rule in the project: llms.txt, rules files, security, and suppression checks.
    public static let standard = RuleCatalogue(
        rules: LLMSTxtRules.all + RulesFileRules.all + AgentFileRules.all + SecurityRules.all + SuppressionRules.all,
        projectRules: RulesFileRules.project
    )

    /// Every description, sorted by ID.
    public var descriptions: [RuleDescription] {
        (rules.map(\.description) + projectRules.map(\.description)).sorted { $0.id < $1.id }
    }

    /// The rule with this ID, alias or name (case-insensitive).
    public func description(for key: String) -> RuleDescription? { byKey[key.uppercased()] }

    /// Every tag any rule carries.
    public var tags: Set<String> { Set(descriptions.flatMap(\.tags)) }
}
