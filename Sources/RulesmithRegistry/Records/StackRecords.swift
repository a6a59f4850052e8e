import GRDB
import RulesmithLint
import RulesmithTemplates

/// A row of `stack`: a stack's identity and its newest version.
struct StackRecord: RegistryRecord {
    static let databaseTableName = "stack"
    var id: String
    var createdRevision: Int64
    var currentRevision: Int64
}

/// A row of `stack_version`: a stack as one revision left it.
struct StackVersionRecord: RegistryRecord {
    static let databaseTableName = "stack_version"
    var stackId: String
    var revisionId: Int64
    var title: String
    var description: String
    var category: String
    var author: String?
    var license: String?
    var tags: [String]
    var extends: [String]
    var detect: DetectionHints
    var format: String
    var sourcePath: String
    var stackFileHash: String
    var contentHash: String
    /// File name → blob hash of the stack folder's other files (README.md).
    var documents: [String: String]
}

/// A row of `stack_tag`: one tag of a stack version, as written.
struct StackTagRecord: RegistryRecord {
    static let databaseTableName = "stack_tag"
    var stackId: String
    var revisionId: Int64
    var tag: String
}

/// A row of `stack_variable`.
struct StackVariableRecord: RegistryRecord {
    static let databaseTableName = "stack_variable"
    var stackId: String
    var revisionId: Int64
    var name: String
    var position: Int
    var description: String?
    var defaultValue: String?
    var pattern: String?
    var fromFact: String?

    var variable: TemplateVariable {
        TemplateVariable(name: name, description: description, defaultValue: defaultValue, pattern: pattern, from: fromFact)
    }
}

/// A row of `rule_template`: one rule of a stack version.
struct RuleTemplateRecord: RegistryRecord {
    static let databaseTableName = "rule_template"
    var stackId: String
    var revisionId: Int64
    var ruleId: String
    var position: Int
    var description: String?
    var globs: [String]
    var alwaysApply: Bool
    var activation: String
    var targets: [String]
    var overrides: [String: [String: TemplateValue]]
    var bodyHash: String
    var fileHash: String
    var sourcePath: String
    var findings: [StoredFinding]
    /// Added in v2 (nil in rows imported before).
    var versions: [String: String]?
    var essential: Bool?
}

/// A lint finding kept with the template it was found in (imports store every finding they allowed).
public struct StoredFinding: Codable, Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var line: Int
    public var column: Int
    public var message: String
}

/// A row of `revision_document`: a file outside the stack folders, as a revision imported it.
struct RevisionDocumentRecord: RegistryRecord {
    static let databaseTableName = "revision_document"
    var revisionId: Int64
    var path: String
    var blobHash: String
}

/// A row of `category`.
struct CategoryRecord: RegistryRecord {
    static let databaseTableName = "category"
    var id: String
    var title: String
    var revisionId: Int64
}

/// A row of `tag_alias`.
struct TagAliasRecord: RegistryRecord {
    static let databaseTableName = "tag_alias"
    var alias: String
    var tag: String
    var revisionId: Int64
}
