/// Everything the engine found in a repository: its projects, one per folder that holds one.
public struct RepositoryFacts: Sendable, Hashable {
    /// Sorted by path; the root is `.`.
    public var projects: [ProjectFacts]
    /// What the repository calls itself (root manifest, else README H1), when it says.
    public var projectName: ProjectNameFact?

    public init(projects: [ProjectFacts], projectName: ProjectNameFact? = nil) {
        self.projects = projects
        self.projectName = projectName
    }

    /// The project at `path` (`.` for the root).
    public func project(at path: String) -> ProjectFacts? { projects.first { $0.path == path } }

    /// Stack IDs across all projects, in first-seen order, without repeats.
    public var stackIDs: [String] {
        var seen = Set<String>()
        return projects.flatMap(\.stacks).map(\.id).filter { seen.insert($0).inserted }
    }
}

/// The facts of one project folder: stacks, package manager, commands and versions.
public struct ProjectFacts: Sendable, Hashable {
    /// Repository-relative folder, `.` for the root.
    public var path: String
    public var stacks: [StackFact]
    public var packageManager: PackageManagerFact?
    /// Other package managers the folder also uses (npm for a Laravel app's assets).
    public var otherPackageManagers: [PackageManagerFact]
    public var commands: [CommandKind: CommandFact]
    /// Version name (`node`, `next`, `python`, `rust-edition` …) → declared version.
    public var versions: [String: VersionFact]

    public init(
        path: String, stacks: [StackFact] = [], packageManager: PackageManagerFact? = nil,
        otherPackageManagers: [PackageManagerFact] = [], commands: [CommandKind: CommandFact] = [:],
        versions: [String: VersionFact] = [:]
    ) {
        self.path = path
        self.stacks = stacks
        self.packageManager = packageManager
        self.otherPackageManagers = otherPackageManagers
        self.commands = commands
        self.versions = versions
    }

    public func has(stack id: String) -> Bool { stacks.contains { $0.id == id } }
}

/// A stack found in a project folder, with what showed it.
public struct StackFact: Sendable, Hashable {
    public var id: String
    public var evidence: [Evidence]

    public init(id: String, evidence: [Evidence]) {
        self.id = id
        self.evidence = evidence
    }
}

/// The package manager a project uses (`pnpm`, `uv`, `cargo`, `gradle` …).
public struct PackageManagerFact: Sendable, Hashable {
    public var name: String
    public var evidence: Evidence

    public init(name: String, evidence: Evidence) {
        self.name = name
        self.evidence = evidence
    }
}

/// A command as run from the project's folder (or from the root, when it names the folder).
public struct CommandFact: Sendable, Hashable {
    public var command: String
    public var evidence: Evidence
    /// Which kind of source said it (`github-actions`, `package.json`, `readme`, `default` …).
    public var source: String

    public init(command: String, evidence: Evidence, source: String) {
        self.command = command
        self.evidence = evidence
        self.source = source
    }
}

/// A version a manifest declares (`^13.4.0`, `>=3.10`, `2021`), with its major when it has one.
public struct VersionFact: Sendable, Hashable {
    public var version: String
    public var evidence: Evidence

    public init(version: String, evidence: Evidence) {
        self.version = version
        self.evidence = evidence
    }

    /// The first number in the declared version (`^13.4.0` → 13, `>=3.10` → 3), if any.
    public var major: Int? {
        let digits = version.drop { !$0.isNumber }.prefix { $0.isNumber }
        return Int(digits)
    }
}
