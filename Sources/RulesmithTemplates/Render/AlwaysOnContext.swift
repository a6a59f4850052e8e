import RulesmithEditors

/// What each editor loads at the start of every task: the root always-loaded file (AGENTS.md,
/// CLAUDE.md with what it imports, GEMINI.md, copilot-instructions, .cursorrules) and every
/// per-rule file that always applies (for Cline, also one only a description introduces: Cline
/// has no on-request mode and loads it on every task). Agents pay for it on every request, and a 2026 study of
/// repository context files (Gloaguen et al., arXiv 2602.11988) found that unnecessary
/// requirements in them lower task success and raise cost by more than 20%, so it has a budget.
public struct AlwaysOnSize: Sendable, Hashable {
    public var target: String
    /// The files counted, in path order.
    public var paths: [String]
    public var bytes: Int

    /// About four bytes of English Markdown per token.
    public var estimatedTokens: Int { (bytes + 3) / 4 }

    /// `agents: AGENTS.md 2,345 bytes (~587 tokens)`.
    public var description: String {
        "\(target): \(paths.isEmpty ? "nothing" : paths.joined(separator: " + ")) \(RenderText.grouped(bytes)) bytes (~\(RenderText.grouped(estimatedTokens)) tokens)"
    }
}

enum AlwaysOnContext {
    /// The budget of a repository with `projects` project folders: 4 KB, and 1 KB more for each
    /// further project (each needs its folder, manager and commands stated).
    static func defaultBudget(projects: Int) -> Int { 4096 + 1024 * max(0, projects - 1) }

    static func sizes(_ files: [RenderedFile], targets: [Target], rulesByTarget: [String: [TargetRule]]) -> [AlwaysOnSize] {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var output: [AlwaysOnSize] = []
        for target in targets where !target.kinds.contains(where: FileKind.configurations.contains) {
            guard let format = TargetRenderer.format(target.name) else { continue }
            let always = Set((rulesByTarget[target.name] ?? []).filter { format.loadedOnEveryTask.contains($0.activation) }.compactMap { target.rulePath($0.id) })
            var paths: [String] = []
            for file in files where file.target == target.name && (file.path == target.sharedPath || always.contains(file.path)) {
                paths.append(file.path)
                // A CLAUDE.md that imports AGENTS.md loads it too.
                if target.name == ClaudeFormat.name, let agents = TargetCatalogue.target(named: AgentsFormat.name)?.sharedPath,
                   String(decoding: file.contents, as: UTF8.self).contains("\n@\(agents)\n"), byPath[agents] != nil {
                    paths.append(agents)
                }
            }
            output.append(AlwaysOnSize(target: target.name, paths: paths, bytes: paths.reduce(0) { $0 + (byPath[$1]?.contents.count ?? 0) }))
        }
        return output
    }
}
