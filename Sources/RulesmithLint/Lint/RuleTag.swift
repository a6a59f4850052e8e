/// A group of rules that `.rulesmith.yml` (`lint.tags`, `lint.per-path`) and `rulesmith rules
/// --tag` select together; the raw value is the spelling users write and reports show.
public enum RuleTag: String, Sendable, Hashable, CaseIterable, Comparable {
    case agents
    case compat
    case content
    case copilot
    case cursor
    case deprecated
    case details
    case duplicates
    case encoding
    case frontmatter
    case globs
    case hooks
    case imports
    case injection
    case kiro
    case legacy
    case links
    case mcp
    case paths
    case repository
    case rulesFiles = "rules-files"
    case scope
    case secrets
    case sections
    case security
    case securityConfig = "security-config"
    case size
    case skills
    case structure
    case summary
    case supplyChain = "supply-chain"
    case suppression
    case syntax
    case title
    case unicode
    case windsurf

    public static func < (lhs: RuleTag, rhs: RuleTag) -> Bool { lhs.rawValue < rhs.rawValue }
}
