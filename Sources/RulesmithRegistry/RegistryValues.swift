import RulesmithLint
import RulesmithTemplates


/// Where an import came from, recorded on its revision.
public enum ImportSource: Sendable, Hashable {
    /// The templates compiled into the binary.
    case builtin
    /// A folder on disk (its path as given).
    case directory(String)
    /// A git repository at a commit (pull).
    case git(url: String, commit: String, ref: String?)

    var kind: String {
        switch self {
        case .builtin: "builtin"
        case .directory: "directory"
        case .git: "git"
        }
    }

    var location: String {
        switch self {
        case .builtin: "builtin"
        case .directory(let path): path
        case .git(let url, _, _): url
        }
    }
}

/// How an import behaves.
public struct ImportOptions: Sendable {
    /// Import templates even when lint reports error-severity findings (they are stored with them).
    public var allowFindings: Bool
    /// Work out what would change, then roll back.
    public var dryRun: Bool

    public init(allowFindings: Bool = false, dryRun: Bool = false) {
        self.allowFindings = allowFindings
        self.dryRun = dryRun
    }
}

/// Lints one template source file before import; returns its diagnostics (errors refuse it).
public typealias TemplateLinter = @Sendable (TemplateSourceFile) -> [Diagnostic]

/// What an import did (or, on a dry run, would do).
public struct ImportReport: Sendable {
    /// The new revision; on a dry run, the number it would have had.
    public var revision: Int64
    public var dryRun: Bool
    public var changes: [StackChange]
    /// Findings below error severity, and errors let through with `allowFindings`.
    public var findings: [LintRefusal]
    public var summary: String
}

/// How one stack fared in an import.
public struct StackChange: Sendable, Hashable {
    /// Whether the import added the stack, changed it, or found it the same.
    public enum Kind: String, Sendable {
        case added, changed, unchanged
    }

    public var stackID: String
    public var kind: Kind
    public var addedRules: [String]
    public var changedRules: [String]
    public var removedRules: [String]
}

/// One registry revision: an import with its source, commit and summary.
public struct RegistryRevision: Sendable, Hashable {
    public var id: Int64
    /// ISO 8601, UTC.
    public var createdAt: String
    /// `builtin`, `directory` or `git`.
    public var sourceKind: String
    /// A folder path, a git URL, or `builtin`.
    public var source: String
    public var commit: String?
    public var ref: String?
    /// The layout imported (`rulesmith` or `awesome-cursorrules`).
    public var format: String
    public var summary: String
    public var allowedFindings: Bool
    /// Stacks this revision added or changed.
    public var stacks: [String]
}

/// A stack as listings show it.
public struct StackSummary: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String
    public var category: String
    public var tags: [String]
    public var ruleCount: Int
    /// The revision that last changed the stack.
    public var revision: Int64
}

/// Everything `registry show` prints about a stack.
public struct StackDetails: Sendable {
    public var stack: TemplateStack
    /// The revision this version of the stack comes from.
    public var revision: RegistryRevision
    /// Revisions that added or changed the stack, oldest first.
    public var history: [RegistryRevision]
    /// Content hashes per rule ID (SHA-256 of the body).
    public var bodyHashes: [String: String]
    /// Stored lint findings per rule ID.
    public var findings: [String: [StoredFinding]]
}

/// One search result: the template, its rank (lower is better, bm25) and a snippet with the
/// matched words in [brackets].
public struct SearchHit: Sendable, Hashable {
    public var stackID: String
    public var ruleID: String
    public var stackTitle: String
    public var ruleDescription: String
    public var snippet: String
    public var score: Double
}
