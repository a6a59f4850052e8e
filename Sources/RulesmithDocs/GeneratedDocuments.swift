import RulesmithLint

/// Every document `rulesmith-dev generate-docs` writes, rendered in memory, and how the committed
/// copies differ from it.
public struct GeneratedDocuments: Sendable {
    /// Path relative to the package root → content.
    public let files: [String: String]

    public init(catalogue: RuleCatalogue = .standard) {
        var files: [String: String] = [:]
        for (path, text) in RuleDocumentation(catalogue: catalogue).files() { files[path] = text }
        files[ConfigurationSchema.path] = ConfigurationSchema(catalogue: catalogue).render()
        self.files = files
    }

    /// The command that rewrites the documents, for messages.
    public static let command = "swift run rulesmith-dev generate-docs"

    /// Paths that are missing or differ from `committed` (path → content, `nil` when absent), and
    /// Markdown pages in the rule folder that no rule generates any more (`existingPages`).
    public func stale(committed: (String) -> String?, existingPages: [String]) -> [String] {
        let changed = files.keys.filter { committed($0) != files[$0] }
        let orphans = existingPages.filter { $0.hasSuffix(".md") && files[$0] == nil }
        return (changed + orphans).sorted()
    }
}
