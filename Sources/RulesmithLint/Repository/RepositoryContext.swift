import RulesmithFacts

/// What the RP rules check a rules file against: the repository's facts (projects, package
/// managers, scripts, Makefile targets, versions) and the paths it tracks. A document linted
/// without one (standard input, a lone file outside a repository) gets no RP finding.
public struct RepositoryContext: Sendable {
    public let facts: RepositoryFacts
    /// Tracked files, repository-relative.
    public let files: Set<String>
    /// Every folder that holds a tracked file.
    public let folders: Set<String>

    /// package.json folder (`""` for the root) → its script names.
    let packageScripts: [String: Set<String>]
    /// Every dependency name any package.json declares.
    let packageDependencies: Set<String>
    /// Makefile folder → its targets, for the Makefiles that could be read and hold targets.
    let makefileTargets: [String: Set<String>]
    /// Shared by the copies of this value and by nothing else: every field is a constant, so two
    /// documents holding the same identity hold the same repository, and findings of a rule that
    /// read only the text and the repository hold for both (`ContentFindingsCache`).
    let identity = Identity()

    /// What `identity` is: an object, so it is compared by reference.
    final class Identity: Sendable {}

    public init(
        facts: RepositoryFacts, files: [String], packageScripts: [String: Set<String>] = [:],
        packageDependencies: Set<String> = [], makefileTargets: [String: Set<String>] = [:]
    ) {
        self.facts = facts
        self.files = Set(files)
        var folders = Set<String>()
        // Files of one folder come one after another (a tree walk, the index): a file in the
        // previous file's folder adds nothing, told without making or hashing a string.
        var previousFolder: Substring = ""
        for file in files {
            var path = Substring(file)
            guard let last = path.lastIndex(of: "/") else { continue }
            guard path[..<last] != previousFolder else { continue }
            previousFolder = path[..<last]
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        self.folders = folders
        self.packageScripts = packageScripts
        self.packageDependencies = packageDependencies
        self.makefileTargets = makefileTargets
    }

    /// Runs the facts engine over `files` and reads the scripts of every package.json and the
    /// targets of every Makefile, through `contents`.
    public static func read(files: [String], contents: any FileContents) -> RepositoryContext {
        var scripts: [String: Set<String>] = [:]
        var dependencies = Set<String>()
        var targets: [String: Set<String>] = [:]
        for file in files {
            // The name first, on a substring: only manifests are read, and splitting or searching
            // each of 10,000 tracked paths was most of a hook run's repository context.
            guard isManifestName(file) else { continue }
            let (folder, name) = split(file)
            guard !folder.split(separator: "/").contains("node_modules") else { continue }
            if name == "package.json", let text = contents.text(of: file), let package = PackageJSON(text) {
                scripts[folder] = Set(package.scripts.map(\.name))
                dependencies.formUnion(package.dependencies.map(\.name))
            } else if makefileNames.contains(name), let text = contents.text(of: file) {
                let found = Set(MakefileTargets.targets(text).map(\.name))
                if !found.isEmpty { targets[folder, default: []].formUnion(found) }
            }
        }
        return RepositoryContext(
            facts: FactsEngine.facts(files: files, contents: contents), files: files, packageScripts: scripts,
            packageDependencies: dependencies, makefileTargets: targets)
    }

    /// The context of a repository held in memory (path → text), for rule examples and tests.
    public static func read(_ files: [String: String]) -> RepositoryContext {
        read(files: files.keys.sorted(), contents: InMemoryContents(files))
    }

    static let makefileNames: Set<String> = ["Makefile", "makefile", "GNUmakefile"]

    /// Whether the path's last component is `package.json` or a Makefile name.
    private static func isManifestName(_ path: String) -> Bool {
        let name = path.utf8.lastIndex(of: 0x2F).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        return name == "package.json" || name == "Makefile" || name == "makefile" || name == "GNUmakefile"
    }

    /// `("a/b", "c")` for `a/b/c`; `("", "c")` for `c`.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Whether `path` (repository-relative, no `./`) is a tracked file or a folder holding one.
    public func exists(_ path: String) -> Bool {
        files.contains(path) || folders.contains(path)
    }

    /// Every package.json script name across the repository.
    var scripts: Set<String> { packageScripts.values.reduce(into: Set<String>()) { $0.formUnion($1) } }

    /// The JavaScript package manager every JavaScript project uses, when they agree.
    var javascriptManager: PackageManagerFact? {
        let managers = facts.projects.compactMap { project in
            ([project.packageManager].compactMap { $0 } + project.otherPackageManagers).first { Self.javascriptManagers.contains($0.name) }
        }.filter { fact in
            // npm by default (no lock file, no packageManager field) proves nothing.
            fact.evidence.line != nil || !fact.evidence.path.hasSuffix("package.json")
        }
        guard let first = managers.first, managers.allSatisfy({ $0.name == first.name }) else { return nil }
        return first
    }

    static let javascriptManagers: Set<String> = ["npm", "pnpm", "yarn", "bun"]

    /// Whether a Makefile is tracked in `folder` (`""` for the root), read or not.
    func makefileTracked(in folder: String) -> Bool {
        Self.makefileNames.contains { files.contains(folder.isEmpty ? $0 : folder + "/" + $0) }
    }
}
