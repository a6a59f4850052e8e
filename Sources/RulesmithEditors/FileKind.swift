/// Every kind of file rulesmith lints; the raw values are the JSON `kind` contract.
public enum FileKind: String, Sendable, CaseIterable, Codable, Comparable {
    case llmsTxt = "llms-txt"
    case cursorrules
    case cursorMdc = "cursor-mdc"
    case agentsMd = "agents-md"
    case claudeMd = "claude-md"
    case copilot
    case copilotInstructions = "copilot-instructions"
    case windsurf
    case windsurfRule = "windsurf-rule"
    case cline
    case kiroSteering = "kiro-steering"
    case geminiMd = "gemini-md"

    public static func < (lhs: FileKind, rhs: FileKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Every kind except llms.txt: the files an AI editor reads as instructions.
    public static let rulesFiles: Set<FileKind> = Set(allCases).subtracting([.llmsTxt])

    /// A path that stands for this kind in examples and for stdin.
    public var examplePath: String {
        switch self {
        case .llmsTxt: "llms.txt"
        case .cursorrules: ".cursorrules"
        case .cursorMdc: ".cursor/rules/example.mdc"
        case .agentsMd: "AGENTS.md"
        case .claudeMd: "CLAUDE.md"
        case .copilot: ".github/copilot-instructions.md"
        case .copilotInstructions: ".github/instructions/example.instructions.md"
        case .windsurf: ".windsurfrules"
        case .windsurfRule: ".windsurf/rules/example.md"
        case .cline: ".clinerules/example.md"
        case .kiroSteering: ".kiro/steering/example.md"
        case .geminiMd: "GEMINI.md"
        }
    }

    /// The kind of a repository-relative path ('/'-separated), or nil when no editor reads it.
    ///
    /// Names match in any case: on macOS and Windows the file systems fold case, so `Agents.md`
    /// or `.Cursor/Rules/x.MDC` is the very file the editor loads, and a check that looked only
    /// for the canonical spelling could be walked around.
    public static func classify(_ path: String) -> FileKind? {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map { $0.lowercased() }
        guard let name = components.last else { return nil }
        let parents = components.dropLast()
        switch name {
        case "llms.txt", "llms-full.txt": return .llmsTxt
        case ".cursorrules": return .cursorrules
        case "agents.md", "agents.override.md": return .agentsMd
        case "claude.md", "claude.local.md": return .claudeMd
        case "gemini.md": return .geminiMd
        case ".windsurfrules": return .windsurf
        case ".clinerules": return .cline
        default: break
        }
        if parents.last == ".github", name == "copilot-instructions.md" { return .copilot }
        if name.hasSuffix(".instructions.md"), let githubIndex = parents.lastIndex(of: ".github"),
           githubIndex + 1 < parents.endIndex, parents[githubIndex + 1] == "instructions" {
            return .copilotInstructions
        }
        if name.hasSuffix(".mdc"), let cursorIndex = parents.lastIndex(of: ".cursor"),
           cursorIndex + 1 < parents.endIndex, parents[cursorIndex + 1] == "rules" {
            return .cursorMdc
        }
        if name.hasSuffix(".md") {
            if parents.suffix(2) == [".windsurf", "rules"] || parents.suffix(2) == [".devin", "rules"] {
                return .windsurfRule
            }
            if parents.suffix(2) == [".kiro", "steering"] { return .kiroSteering }
            // Claude Code reads `.claude/rules/**/*.md` as project memory, scoped by `paths`.
            if let claudeIndex = parents.lastIndex(of: ".claude"), claudeIndex + 1 < parents.endIndex,
               parents[claudeIndex + 1] == "rules" {
                return .claudeMd
            }
            if parents.contains(".clinerules") { return .cline }
        }
        return nil
    }
}
