import RulesmithEditors

/// `CLAUDE.md`. Alone, it is laid out like AGENTS.md (`SingleFileLayout`, nested files
/// included: Claude Code loads a subfolder's CLAUDE.md when it works there).
///
/// Rendered together with `agents`, each CLAUDE.md next to an AGENTS.md becomes an import stub,
/// `@AGENTS.md`, followed only by the rules Claude gets and the agents do not. Never an import
/// and a copy: Claude Code would read every instruction twice (it loads CLAUDE.md and AGENTS.md). When the
/// AGENTS.md beside it holds a rule Claude must not get (`targets: [!claude]`, or a claude
/// override that changes the rule), importing would leak it, so that CLAUDE.md is a full copy
/// without the import instead.
///
/// A stub's `rules` lists the rules it loads through the import, then its own; its `sections`
/// cover only its own text.
enum ClaudeFormat: TargetFormat {
    static let name = "claude"

    static func render(_ rules: [TargetRule], context: RenderContext, notes: inout [RenderNote]) -> [RenderedFile] {
        guard let fileName = context.target.sharedPath else { return [] }
        SingleFileLayout.noteManualRules(rules, fileName: fileName, target: name, notes: &notes)
        let own = SingleFileLayout.plan(rules, nested: true)
        guard let agentsRules = context.rulesByTarget[AgentsFormat.name],
              let agentsFile = TargetCatalogue.target(named: AgentsFormat.name)?.sharedPath else {
            return own.map { SingleFileLayout.document($0.rules).file(path: SingleFileLayout.path(fileName, in: $0.folder), target: name) }
        }
        let ownByFolder = Dictionary(uniqueKeysWithValues: own.map { ($0.folder, $0.rules) })
        let importedByFolder = Dictionary(uniqueKeysWithValues: SingleFileLayout.plan(agentsRules, nested: true).map { ($0.folder, $0.rules) })
        let folders = Set(ownByFolder.keys).union(importedByFolder.keys).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var files: [RenderedFile] = []
        for folder in folders {
            let mine = ownByFolder[folder] ?? []
            let imported = importedByFolder[folder] ?? []
            let path = SingleFileLayout.path(fileName, in: folder)
            let mineText = Set(mine.map(Entry.init))
            if !imported.isEmpty, imported.allSatisfy({ mineText.contains(Entry($0)) }) {
                let importedText = Set(imported.map(Entry.init))
                let extras = mine.filter { !importedText.contains(Entry($0)) }
                var builder = RenderedFileBuilder()
                builder.append(GeneratedHeader.line(from: GeneratedHeader.stacks(of: imported + extras)))
                builder.separate()
                builder.append("@\(agentsFile)\n")
                for rule in imported { builder.declare(rule.name) }
                for rule in extras { builder.appendRule(rule, introduced: true) }
                files.append(builder.file(path: path, target: name))
            } else if !mine.isEmpty {
                if !imported.isEmpty {
                    notes.append(RenderNote(
                        target: name, path: path,
                        message: "a full copy rather than an @\(agentsFile) import: \(SingleFileLayout.path(agentsFile, in: folder)) holds rules Claude does not get (\(imported.filter { !mineText.contains(Entry($0)) }.map(\.name).joined(separator: ", ")))"))
                }
                files.append(SingleFileLayout.document(mine).file(path: path, target: name))
            }
        }
        return files
    }

    /// What a rule contributes to a single file, to tell whether AGENTS.md already says it.
    private struct Entry: Hashable {
        var name: String
        var introduction: String?
        var body: [UInt8]

        init(_ rule: TargetRule) {
            name = rule.name
            introduction = rule.appliesWhen
            body = rule.body
        }
    }
}
