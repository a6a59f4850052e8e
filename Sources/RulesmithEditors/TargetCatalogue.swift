/// One output target (named as `--targets` and `.rulesmith.yml` accept): where its files go, their kind and frontmatter
/// dialect, whether it takes one file per rule, and the size budgets its editor applies.
public struct Target: Sendable, Hashable {
    /// The `--target` name, e.g. `cursor`.
    public var name: String
    /// The editor or agent that reads the files, for messages.
    public var editor: String
    /// Output paths relative to the repository root; `<name>` stands for the rule's name, a
    /// final `**` for one or more path segments (the files of a skill folder).
    public var outputPaths: [String]
    /// The kinds of the files this target writes.
    public var kinds: [FileKind]
    /// The frontmatter glob dialect, when the files carry frontmatter with patterns.
    public var dialect: GlobDialect?
    /// Whether each rule becomes its own file (with its own activation), or all share one file.
    public var filePerRule: Bool
    /// The budgets of the files this target writes or its editor reads.
    public var budgets: [SizeBudget]
    /// The target that replaces this one, for legacy formats.
    public var replacement: String?
    /// Whether its one file is also written into subfolders (`app/AGENTS.md`) for rules whose
    /// globs stay inside one folder (`FolderScope`).
    public var nestsInFolders: Bool

    public init(
        name: String, editor: String, outputPaths: [String], kinds: [FileKind], dialect: GlobDialect?,
        filePerRule: Bool, budgets: [SizeBudget] = [], replacement: String? = nil, nestsInFolders: Bool = false
    ) {
        self.name = name
        self.editor = editor
        self.outputPaths = outputPaths
        self.kinds = kinds
        self.dialect = dialect
        self.filePerRule = filePerRule
        self.budgets = budgets
        self.replacement = replacement
        self.nestsInFolders = nestsInFolders
    }
}

/// The table of every target, and the one place size budgets are defined (from each editor's documented limits).
public enum TargetCatalogue {
    public static let targets: [Target] = [
        Target(
            name: "cursor", editor: "Cursor", outputPaths: [".cursor/rules/<name>.mdc"], kinds: [.cursorMdc],
            dialect: .cursor, filePerRule: true,
            budgets: [SizeBudget(
                kind: .cursorMdc, reader: "Cursor", scope: "a rule", limit: 500, unit: .lines,
                pastLimit: "recommends splitting it (advice, not a hard limit)", truncates: false, source: .vendor)]),
        Target(
            name: "cursorrules", editor: "Cursor", outputPaths: [".cursorrules"], kinds: [.cursorrules],
            dialect: nil, filePerRule: false,
            budgets: [SizeBudget(
                kind: .cursorrules, reader: "Cursor", scope: "a rule", limit: 500, unit: .lines,
                pastLimit: "recommends splitting it (advice, not a hard limit)", truncates: false, source: .vendor)],
            replacement: "cursor"),
        Target(
            name: "agents", editor: "Codex", outputPaths: ["AGENTS.md"], kinds: [.agentsMd], dialect: nil,
            filePerRule: false,
            budgets: [SizeBudget(
                kind: .agentsMd, reader: "Codex", scope: "project docs", limit: 32_768, unit: .bytes,
                pastLimit: "stops reading there", truncates: true, source: .unconfirmed)],
            nestsInFolders: true),
        Target(
            name: "claude", editor: "Claude Code", outputPaths: ["CLAUDE.md"], kinds: [.claudeMd], dialect: .claude,
            filePerRule: false,
            budgets: [SizeBudget(
                kind: .claudeMd, reader: "Claude Code", scope: "a CLAUDE.md", limit: 40_000, unit: .characters,
                pastLimit: "warns that it will impact performance (it still loads it all)", truncates: false,
                source: .vendor)],
            nestsInFolders: true),
        Target(
            name: "copilot", editor: "GitHub Copilot",
            outputPaths: [".github/copilot-instructions.md", ".github/instructions/<name>.instructions.md"],
            kinds: [.copilot, .copilotInstructions], dialect: .copilot, filePerRule: true),
        Target(
            name: "windsurf", editor: "Windsurf", outputPaths: [".windsurf/rules/<name>.md"],
            kinds: [.windsurfRule, .windsurf], dialect: .windsurf, filePerRule: true,
            budgets: [
                SizeBudget(
                    kind: .windsurfRule, reader: "Windsurf", scope: "a workspace rule", limit: 12_000,
                    unit: .characters, pastLimit: "truncates the rest", truncates: true, source: .secondHand),
                SizeBudget(
                    kind: .windsurf, reader: "Windsurf", scope: "the legacy .windsurfrules", limit: 6_000,
                    unit: .characters, pastLimit: "truncates the rest", truncates: true, source: .secondHand),
            ]),
        Target(
            name: "cline", editor: "Cline", outputPaths: [".clinerules/<name>.md"], kinds: [.cline], dialect: .cline,
            filePerRule: true),
        Target(
            name: "kiro", editor: "Kiro", outputPaths: [".kiro/steering/<name>.md"], kinds: [.kiroSteering],
            dialect: .kiro, filePerRule: true),
        Target(
            name: "claude-rules", editor: "Claude Code", outputPaths: [".claude/rules/<name>.md"], kinds: [.claudeRule],
            dialect: .claude, filePerRule: true),
        Target(
            name: "gemini", editor: "Gemini CLI", outputPaths: ["GEMINI.md"], kinds: [.geminiMd], dialect: nil,
            filePerRule: false, nestsInFolders: true),
        Target(
            name: "skills", editor: "Agent Skills clients",
            outputPaths: [
                ".claude/skills/<name>/**", ".agents/skills/<name>/**", ".github/skills/<name>/**", ".cursor/skills/<name>/**",
                ".gemini/skills/<name>/**", ".kiro/skills/<name>/**",
            ],
            kinds: [.agentSkill], dialect: nil, filePerRule: true),
        Target(
            name: "mcp", editor: "MCP clients",
            outputPaths: [
                ".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json", ".gemini/settings.json", ".kiro/settings/mcp.json",
                ".codex/config.toml",
            ],
            kinds: [.mcpConfig], dialect: nil, filePerRule: false),
        Target(
            name: "llms-txt", editor: "llms.txt readers", outputPaths: ["llms.txt"], kinds: [.llmsTxt], dialect: nil,
            filePerRule: false),
    ]

    /// The target with this `--target` name.
    public static func target(named name: String) -> Target? {
        targets.first { $0.name == name }
    }

    /// Every budget that applies to files of `kind`, tightest first.
    public static func budgets(for kind: FileKind) -> [SizeBudget] {
        targets.flatMap(\.budgets).filter { $0.kind == kind }
    }
}
