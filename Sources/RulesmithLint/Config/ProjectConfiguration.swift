/// The repository's `.rulesmith.yml`: stacks, targets, variables, registry source, and lint, hook
/// and llms.txt settings.
public struct ProjectConfiguration: Sendable, Equatable {
    public static let fileName = ".rulesmith.yml"

    public var version: Int = 1
    public var stacks: [String] = []
    public var targets: [String] = []
    public var variables: [String: String] = [:]
    public var registry = RegistrySettings()
    public var lint = LintSettings()
    public var hook = HookSettings()
    public var llmsTxt = LLMSTxtSettings()
    /// Repository-local rules kept in the repo and applied on top of the stacks (see `adopt`).
    public var overlays: [String] = []
    /// Bytes each editor may load on every task (the root AGENTS.md, CLAUDE.md …); nil: 4 KB for
    /// one project, 1 KB more per further project.
    public var alwaysOnBudget: Int?

    public init() {}
}

/// Where the repository's templates come from.
public struct RegistrySettings: Sendable, Equatable {
    /// A git URL or a path of a team template repository; nil means the built-in templates.
    public var source: String?
    /// Branch, tag or commit of `source`.
    public var ref: String?
    /// The registry revision the generated files were rendered from.
    public var revision: Int?

    public init() {}
}

/// How `rulesmith lint` judges this repository.
public struct LintSettings: Sendable, Equatable {
    public var profile: Profile?
    public var compat: CompatMode?
    public var strict: Bool?
    /// Level per canonical rule ID (the file may name a rule by ID, alias or name).
    public var rules: [String: RuleLevel] = [:]
    /// Level per tag.
    public var tags: [String: RuleLevel] = [:]
    /// Globs (gitignore syntax) of paths lint never looks at.
    public var ignore: [String] = []
    /// Levels for the paths a glob matches, on top of `rules` and `tags`: the one place besides
    /// those where a security rule can be turned off (inline comments never silence one).
    public var perPath: [PathLevels] = []

    public init() {}

    /// The lint options these settings describe, on top of command-line choices.
    public func options(profile override: Profile? = nil, compat compatOverride: CompatMode? = nil) -> LintOptions {
        LintOptions(
            profile: override ?? profile ?? .v2, compat: compatOverride ?? compat,
            ruleLevels: rules, tagLevels: tags)
    }
}

/// `lint.per-path` entry: rule and tag levels for the files a glob matches (gitignore syntax,
/// relative to the configuration's folder).
public struct PathLevels: Sendable, Equatable {
    public var glob: String
    /// Level per canonical rule ID (the file may name a rule by ID, alias or name).
    public var rules: [String: RuleLevel]
    /// Level per tag.
    public var tags: [String: RuleLevel]

    public init(glob: String, rules: [String: RuleLevel] = [:], tags: [String: RuleLevel] = [:]) {
        self.glob = glob
        self.rules = rules
        self.tags = tags
    }
}

/// What the pre-commit hook checks besides lint.
public struct HookSettings: Sendable, Equatable {
    /// Fail a commit whose generated file carries a hand edit not yet adopted.
    public var checkDrift: Bool = true

    public init() {}
}

/// How `rulesmith llms generate` (and the `llms-txt` target) builds llms.txt.
public struct LLMSTxtSettings: Sendable, Equatable {
    /// Folder of documentation to index.
    public var docs: String?
    /// Title (H1); defaults to the project name.
    public var title: String?
    /// Summary blockquote; defaults to the README's first paragraph.
    public var summary: String?
    /// Base URL that relative doc links are written against; nil keeps them relative.
    public var baseURL: String?
    /// Documents after this many per section go to `## Optional`.
    public var optionalAfter: Int?

    public init() {}
}
