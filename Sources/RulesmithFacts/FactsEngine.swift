/// Derives a repository's facts from its tracked file list and the files it asks to read:
/// the projects and their stacks, package managers, commands and versions, each with evidence.
/// Pure: it reads only through `FileContents`, and reads only manifests, lock-file names, task
/// runner files, CI workflows and README/CONTRIBUTING documents.
public enum FactsEngine {
    /// What to detect besides the built-in rules.
    public struct Options: Sendable {
        /// Stacks the engine has no rules for, detected from their hints.
        public var signatures: [StackSignature]
        /// The built-in stack IDs to report (all when nil): a registry that lacks one cannot use it.
        public var builtinStacks: Set<String>?

        public init(signatures: [StackSignature] = [], builtinStacks: Set<String>? = nil) {
            self.signatures = signatures
            self.builtinStacks = builtinStacks
        }
    }

    /// The stack IDs the engine has its own rules for.
    public static var builtinStackIDs: Set<String> { BuiltinStackRules.ids }

    public static func facts(files: [String], contents: any FileContents, options: Options = Options()) -> RepositoryFacts {
        let tree = RepositoryTree(files: files)
        let store = ManifestStore(tree: tree, contents: contents)
        let units = ProjectFinder.units(in: store)
        let telling = TellingFiles(tree: tree, projectFolders: Set(units.keys))

        var findings: [StackFinding] = []
        for folder in units.keys.sorted() {
            findings += BuiltinStackRules.stacks(of: units[folder]!, folder: folder, store: store, telling: telling)
                .filter { options.builtinStacks?.contains($0.fact.id) ?? true }
        }
        for signature in options.signatures where !BuiltinStackRules.ids.contains(signature.id) {
            findings += signature.findings(store: store, units: units)
        }
        var stacks: [String: [StackFact]] = [:]
        for finding in findings {
            if let index = stacks[finding.folder]?.firstIndex(where: { $0.id == finding.fact.id }) {
                stacks[finding.folder]![index].evidence += finding.fact.evidence
            } else {
                stacks[finding.folder, default: []].append(finding.fact)
            }
        }

        var leads: [String: (lead: PackageManagerFact?, others: [PackageManagerFact])] = [:]
        var managers: [String: [Ecosystem: String]] = [:]
        for (folder, folderUnits) in units {
            leads[folder] = PackageManagerDetector.managers(of: folderUnits, stacks: stacks[folder] ?? [], store: store, allUnits: units)
            for unit in folderUnits {
                if let manager = PackageManagerDetector.manager(of: unit, store: store, allUnits: units) { managers[folder, default: [:]][unit.ecosystem] = manager.name }
            }
        }

        let context = CommandContext(store: store, units: units, managers: managers)
        let commands = CommandSelection.commands(context: context)

        var folders = Set(units.keys).union(stacks.keys).union(commands.keys)
        // A folder placed by a stack rule (a Django project under its Python root) is a project.
        folders = folders.filter { units[$0] != nil || !(stacks[$0] ?? []).isEmpty || !(commands[$0] ?? [:]).isEmpty }
        let projects = folders.sorted().map { folder -> ProjectFacts in
            var lead = leads[folder]
            if lead == nil, let owner = Paths.ancestry(of: folder).dropFirst().first(where: { leads[$0]?.lead != nil }) { lead = (leads[owner]!.lead, []) }
            return ProjectFacts(
                path: Paths.display(folder), stacks: stacks[folder] ?? [], packageManager: lead?.lead,
                otherPackageManagers: lead?.others ?? [], commands: commands[folder] ?? [:],
                versions: VersionFacts.versions(of: folder, units: units[folder] ?? [], store: store))
        }
        return RepositoryFacts(projects: projects, projectName: ProjectName.fact(store: store))
    }
}
