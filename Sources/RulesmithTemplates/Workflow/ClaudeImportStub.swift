import RulesmithEditors
import RulesmithText

/// Recognises a CLAUDE.md the user keeps that only points Claude Code at the AGENTS.md beside it
/// (a link to it, or a file holding only `@AGENTS.md`): the `claude` target would render that same
/// import, so the user's file satisfies it and is neither blocked nor rewritten.
public enum ClaudeImportStub {
    /// The AGENTS.md path (repository-relative) `rendered` imports when it is a `claude` stub
    /// holding nothing but the import; nil for a full copy or a stub with rules of its own.
    public static func importedPath(of rendered: RenderedFile) -> String? {
        guard rendered.target == "claude", rendered.sections.isEmpty,
              let agentsName = TargetCatalogue.target(named: "agents")?.sharedPath else { return nil }
        let folder = PathSyntax.directory(of: rendered.path)
        guard onlyImports(rendered.contents, agentsFileName: agentsName) else { return nil }
        return folder.isEmpty ? agentsName : "\(folder)/\(agentsName)"
    }

    /// Whether `bytes` say nothing but `@AGENTS.md` (blank lines and HTML comment lines aside).
    public static func onlyImports(_ bytes: [UInt8], agentsFileName: String) -> Bool {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace }
            .filter { !$0.isEmpty && !($0.hasPrefix("<!--") && $0.hasSuffix("-->")) }
        return lines == ["@\(agentsFileName)"] || lines == ["@./\(agentsFileName)"]
    }
}
