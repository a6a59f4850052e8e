import RulesmithFacts
import RulesmithTemplates

/// The stacks `init` and `sync` choose from a repository's facts: each stack once, in the
/// registry's order, with the evidence from every project folder where it was found.
public enum DetectedStacks {
    /// One detected stack with its title and evidence (`backend/pyproject.toml:3`, `file manage.py`).
    public struct Match: Sendable, Hashable {
        public var id: String
        public var title: String
        public var evidence: [String]
    }

    public static func matches(_ facts: RepositoryFacts, stacks: [TemplateStack]) -> [Match] {
        var evidence: [String: [String]] = [:]
        for project in facts.projects {
            for stack in project.stacks {
                evidence[stack.id, default: []] += stack.evidence.map { $0.line == nil ? "file \($0.path)" : $0.description }
            }
        }
        return stacks.compactMap { stack in
            evidence[stack.id].map { Match(id: stack.id, title: stack.title, evidence: $0) }
        }
    }
}
