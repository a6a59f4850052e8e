/// How a run judges files: profile, compatibility mode, and the configured rule levels.
public struct LintOptions: Sendable, Hashable {
    public var profile: Profile
    /// Predict a specific consumer's behaviour (e.g. the reference llms.txt parser).
    public var compat: CompatMode?
    /// Levels configured per canonical rule ID (keys written as aliases or names are resolved when
    /// the configuration is read, `RuleCatalogue.ruleID(for:)`).
    public var ruleLevels: [String: RuleLevel]
    /// Levels configured per tag; a rule's own entry wins over its tags.
    public var tagLevels: [String: RuleLevel]
    /// When set, only these rule IDs run (used by rule tests and `--select`).
    public var onlyRules: Set<String>?

    public init(
        profile: Profile = .v2, compat: CompatMode? = nil, ruleLevels: [String: RuleLevel] = [:],
        tagLevels: [String: RuleLevel] = [:], onlyRules: Set<String>? = nil
    ) {
        self.profile = profile
        self.compat = compat
        self.ruleLevels = ruleLevels
        self.tagLevels = tagLevels
        self.onlyRules = onlyRules
    }

    /// The configured level of `rule`, or nil when nothing is configured for it.
    public func configuredLevel(of rule: RuleDescription) -> RuleLevel? {
        if let level = ruleLevels[rule.id] { return level }
        var tagLevel: RuleLevel?
        for tag in rule.tags { if let level = tagLevels[tag.rawValue] { tagLevel = level } }
        return tagLevel
    }

    /// Whether `rule` runs at all under these options.
    public func isEnabled(_ rule: RuleDescription) -> Bool {
        if let onlyRules { return onlyRules.contains(rule.id) }
        if rule.isOptIn {
            if case .on = configuredLevel(of: rule) { return true }
            return rule.traits.contains(.compat) && compat != nil
        }
        if configuredLevel(of: rule) == .off { return false }
        return rule.defaultSeverity(for: profile) != nil || configuredLevel(of: rule) != nil
    }

    /// The severity a finding of `rule` is reported at.
    public func severity(of rule: RuleDescription, finding: Finding) -> Severity {
        if case .on(let severity) = configuredLevel(of: rule) { return severity }
        if let severity = finding.severity { return severity }
        return rule.defaultSeverity(for: profile) ?? rule.defaultSeverity
    }
}

/// A consumer whose behaviour lint can predict.
public enum CompatMode: String, Sendable, CaseIterable {
    /// The reference llms.txt parser, PyPI `llms-txt` 0.0.7.
    case reference
}
