/// When an editor loads a rule, derived from its frontmatter.
public enum Activation: String, Sendable, Hashable, Codable, CaseIterable {
    /// `alwaysApply: true`: in every request.
    case always
    /// `globs`: attached when a matching file is in play.
    case globs
    /// Only `description`: the model decides from the description.
    case descriptionRequested = "description-requested"
    /// Nothing: only when the user names the rule.
    case manual

    /// The activation that `alwaysApply`, `globs` and `description` imply, in that priority.
    public init(alwaysApply: Bool, globs: [String], description: String?) {
        if alwaysApply {
            self = .always
        } else if !globs.isEmpty {
            self = .globs
        } else if let description, !description.isEmpty {
            self = .descriptionRequested
        } else {
            self = .manual
        }
    }
}
