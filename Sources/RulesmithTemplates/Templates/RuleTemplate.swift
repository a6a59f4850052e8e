/// One rule of a stack: frontmatter settings, the canonical Markdown body, and the exact file bytes.
public struct RuleTemplate: Sendable, Hashable {
    /// The file name without `.md`; kebab-case.
    public var id: String
    public var description: String?
    public var globs: [String]
    public var alwaysApply: Bool
    /// `["all"]` or target names, `!name` excluding one.
    public var targets: [String]
    /// Per-target frontmatter, e.g. `copilot → {excludeAgent: code-review}`.
    public var overrides: [String: [String: TemplateValue]]
    /// `true` keeps the rule in the always-loaded files (AGENTS.md, CLAUDE.md …) when rendering
    /// with the repository's facts; `false` makes it guidance loaded on demand; nil (the key
    /// absent) keeps the rule's activation as written.
    public var essential: Bool?
    /// Version name (`next`, `react`, `python` …) → the range the rule is written for (`>=15`);
    /// a repository whose facts contradict it does not get the rule.
    public var versions: [String: String]
    /// The Markdown after the frontmatter, exactly as in the file.
    public var body: [UInt8]
    /// The whole rule file, exactly as stored and exported.
    public var file: [UInt8]
    /// The file the rule came from, linted before import (differs from `file` for converted imports).
    public var source: TemplateSourceFile

    public init(
        id: String, description: String?, globs: [String], alwaysApply: Bool, targets: [String],
        overrides: [String: [String: TemplateValue]], body: [UInt8], file: [UInt8], source: TemplateSourceFile,
        essential: Bool? = nil, versions: [String: String] = [:]
    ) {
        self.essential = essential
        self.versions = versions
        self.id = id
        self.description = description
        self.globs = globs
        self.alwaysApply = alwaysApply
        self.targets = targets
        self.overrides = overrides
        self.body = body
        self.file = file
        self.source = source
    }

    public var activation: Activation {
        Activation(alwaysApply: alwaysApply, globs: globs, description: description)
    }

    /// SHA-256 of the body.
    public var bodyHash: String { ContentHash.sha256(body) }

    /// SHA-256 of the whole file.
    public var fileHash: String { ContentHash.sha256(file) }

    /// The target names a rule may list in `targets` and `overrides`.
    public static let targetNames: Set<String> = [
        "all", "cursor", "cursorrules", "agents", "claude", "claude-rules", "copilot", "windsurf", "cline", "kiro", "gemini",
    ]

    /// Whether the rule is rendered for `target` (a name from `targetNames` other than `all`).
    public func applies(to target: String) -> Bool {
        if targets.contains("!" + target) { return false }
        let positive = targets.filter { !$0.hasPrefix("!") }
        return positive.isEmpty || positive.contains("all") || positive.contains(target)
    }
}
