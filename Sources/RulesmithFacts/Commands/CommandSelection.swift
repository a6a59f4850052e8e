/// Gathers command candidates from every source and keeps, per project and kind, the one from
/// the strongest source (then the closest task name, then the first stated).
enum CommandSelection {
    static func commands(context: CommandContext) -> [String: [CommandKind: CommandFact]] {
        let tree = context.tree
        let folders = context.units.keys.sorted()
        var candidates: [CommandCandidate] = []
        let workflows = tree.names(in: ".github/workflows").filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
            .map { ".github/workflows/" + $0 }
        for path in workflows { candidates += GitHubActions.candidates(at: path, context: context) }
        var ciFiles = workflows
        if tree.contains(path: ".gitlab-ci.yml") {
            candidates += GitLabCI.candidates(at: ".gitlab-ci.yml", context: context)
            ciFiles.append(".gitlab-ci.yml")
        }
        for folder in Set([""] + folders).sorted() {
            for name in tree.names(in: folder).sorted() {
                let path = Paths.join(folder, name)
                switch name {
                case "Makefile", "makefile", "GNUmakefile": candidates += MakefileTargets.candidates(at: path, context: context)
                case "justfile", "Justfile", ".justfile": candidates += JustfileRecipes.candidates(at: path, context: context)
                case "Taskfile.yml", "Taskfile.yaml": candidates += Taskfile.candidates(at: path, context: context)
                default: continue
                }
            }
        }
        for folder in folders {
            for unit in context.units[folder] ?? [] {
                switch unit.ecosystem {
                case .javascript: candidates += PackageScripts.candidates(for: unit, context: context)
                case .php: candidates += PackageScripts.composerCandidates(for: unit, context: context)
                case .python:
                    candidates += Tox.candidates(for: unit, context: context)
                    candidates += Nox.candidates(for: unit, context: context)
                    candidates += PythonTaskRunners.candidates(for: unit, context: context)
                default: continue
                }
            }
        }
        candidates += ReadmeCodeBlocks.candidates(documents: ReadmeCodeBlocks.documents(projectFolders: folders, tree: tree), context: context)
        // A test tree's README speaks for the tests only; its other commands are its own business.
        // One deeper in the tree (`spec/slow/README.md`) runs the whole suite only where it names
        // no path: `rspec spec/slow` runs its own corner.
        let testDocuments = ReadmeCodeBlocks.testDocuments(projectFolders: folders, tree: tree)
        candidates += ReadmeCodeBlocks.candidates(documents: testDocuments.filter { !$0.nested }.map { ($0.path, $0.folder) }, context: context)
            .filter { $0.kind == .test }
        candidates += ReadmeCodeBlocks.candidates(documents: testDocuments.filter(\.nested).map { ($0.path, $0.folder) }, context: context)
            .filter { $0.kind == .test && !$0.command.split(separator: " ").dropFirst().contains { $0.contains("/") } }
        candidates += PreCommit.candidates(context: context)
        for folder in folders {
            let blocked = EcosystemDefaults.isBlocked(folder: folder, context: context, workflows: ciFiles)
            candidates += EcosystemDefaults.candidates(for: folder, units: context.units[folder] ?? [], context: context, blocked: blocked)
        }

        var best: [String: [CommandKind: (CommandCandidate, Int)]] = [:]
        for (order, candidate) in candidates.enumerated() {
            if let (current, currentOrder) = best[candidate.folder]?[candidate.kind],
               (current.strength, current.closeness, currentOrder) <= (candidate.strength, candidate.closeness, order) {
                continue
            }
            best[candidate.folder, default: [:]][candidate.kind] = (candidate, order)
        }
        return best.mapValues { kinds in
            kinds.mapValues { CommandFact(command: $0.0.command, evidence: $0.0.evidence, source: $0.0.source) }
        }
    }
}
