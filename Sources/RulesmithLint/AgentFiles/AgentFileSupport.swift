import RulesmithEditors
import RulesmithText

/// Small shared pieces of the agent-file rules (skills, agents, MCP and hook configurations).
enum AgentFileSupport {
    /// The frontmatter keys the Agent Skills specification defines (agentskills.io).
    static let specSkillKeys: Set<String> = ["name", "description", "license", "compatibility", "metadata", "allowed-tools"]
    /// Claude Code's own skill keys (code.claude.com/docs/en/skills), also valid in commands.
    static let claudeSkillKeys: Set<String> = [
        "when_to_use", "argument-hint", "arguments", "disable-model-invocation", "user-invocable", "disallowed-tools",
        "model", "effort", "context", "agent", "background", "hooks", "paths", "shell",
    ]

    /// Where a file-level finding points: the first line.
    static func firstLine(_ document: LintDocument) -> Range<Int> { RulesFileSupport.firstLine(document) }

    /// The closest known key to an unknown one, worded as a hint.
    static func hint(for key: String, in known: [String]) -> String {
        RulesFileSupport.suggestion(for: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The parsed JSON of a configuration document (computed once per document).
    static func json(_ document: LintDocument) -> JSONScan { document.analysis(JSONAnalysis.self).scan }

    /// The path that shows where the file sits: the workspace path, or the path as given when
    /// that one says more (a file linted on its own outside a repository is relative to its
    /// own folder, `config.toml`, while it was named `.codex/config.toml`).
    static func layoutPath(_ document: LintDocument) -> String {
        let shown = document.displayPath
        return shown.count > document.path.count && shown.hasSuffix("/" + document.path) ? shown : document.path
    }

    /// The lowercased file name of a document.
    static func fileName(_ document: LintDocument) -> String {
        String(layoutPath(document).split(separator: "/").last ?? "").lowercased()
    }

    /// The lowercased parent folder name of a document.
    static func parentName(_ document: LintDocument) -> String {
        let parts = layoutPath(document).split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]).lowercased() : ""
    }
}

/// A configuration document read as JSON once, shared by the MCP and hook rules.
struct JSONAnalysis: DocumentAnalysis {
    let scan: JSONScan
    init(_ document: LintDocument) { scan = JSONScan(document.source.bytes) }
}
