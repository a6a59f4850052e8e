import Foundation
import RulesmithFacts
import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// The registry as commands use it: located, opened (created and seeded on first use), with
/// imports linted, and every failure turned into a one-line `RulesmithError`.
public struct RegistryService: Sendable {
    public let registry: TemplateRegistry

    public init(registry: TemplateRegistry) {
        self.registry = registry
    }

    /// Opens the registry at the resolved location, creating its folder and seeding it with the
    /// built-in templates on first use.
    public static func open(
        explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        access: TemplateRegistry.Access = .readWrite
    ) throws -> RegistryService {
        let path = try RegistryLocation.resolve(explicit: explicitPath, environment: environment)
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RulesmithError("\(folder): cannot create the registry folder (\(error.localizedDescription))")
        }
        return try translated {
            RegistryService(registry: try TemplateRegistry.open(path: path, seed: try BuiltinTemplateSet.load(), access: access))
        }
    }

    /// Lints a template source file with the standard catalogue (security and format rules).
    public static let linter: TemplateLinter = { file in
        Linter(catalogue: .standard).lint(LintDocument(path: file.path, kind: file.kind, source: SourceText(bytes: file.bytes)))
    }

    /// Imports a folder in any supported layout as a new revision.
    public func importDirectory(_ path: String, options: ImportOptions) throws -> ImportReport {
        let path = URL(fileURLWithPath: path).standardizedFileURL.path
        let tree = try TemplateDirectoryReader.read(path)
        return try Self.translated {
            let set = try TemplateLayout.read(tree)
            return try registry.importStacks(set, source: .directory(path), options: options, lint: Self.linter)
        }
    }

    /// Imports a git checkout of `url` at `commit` as a new revision that records both.
    /// This is the second half of `pull`; `RegistryPull.pull(url:ref:)` provides the checkout.
    public func importCheckout(
        _ directory: String, url: String, commit: String, ref: String?, options: ImportOptions
    ) throws -> ImportReport {
        let tree = try TemplateDirectoryReader.read(directory)
        return try Self.translated {
            let set = try TemplateLayout.read(tree)
            return try registry.importStacks(set, source: .git(url: url, commit: commit, ref: ref), options: options, lint: Self.linter)
        }
    }

    /// Writes the repository layout of the registry (or of `stacks`) at `revision` under `directory`,
    /// byte for byte; returns the paths written. Refuses to write through a symbolic link.
    /// All or nothing: the files are written into a staging folder inside `directory` first, so a
    /// failure (a full disk) leaves the destination as it was; then the destination's folders are
    /// made and the files renamed into place, which needs no space.
    public func export(to directory: String, revision: Int64?, stacks: [String]?) throws -> [String] {
        let files = try Self.translated { try registry.exportFiles(revision: revision, stacks: stacks) }
        let executables = try Self.translated { try registry.exportExecutables(revision: revision, stacks: stacks) }
        let paths = files.keys.sorted()
        let staging = ".rulesmith-tmp-export-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: directory + "/" + staging) }
        for path in paths {
            try AtomicFile.write(files[path]!, creating: staging + "/" + path, under: directory, executable: executables.contains(path) ? true : nil)
        }
        for path in paths where path.contains("/") {
            try AtomicFile.prepare(path, under: directory)
        }
        for path in paths {
            try AtomicFile.move(directory + "/" + staging + "/" + path, to: path, under: directory)
        }
        return paths
    }

    /// The facts of `repository`, with the stacks of the newest revision.
    public func detect(_ repository: String) throws -> RepositoryFacts {
        let stacks = try Self.translated { try registry.stacks(withRules: false) }
        return try RepositoryFactsReader.read(repository, stacks: stacks)
    }

    /// Runs `body`, turning registry and template errors into one-line `RulesmithError`s.
    public static func translated<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RegistryError {
            if case .lintRefused = error { throw RulesmithFailure.refused(error.description) }
            throw RulesmithFailure.registry(error.description)
        } catch let error as TemplateError {
            throw RulesmithFailure.registry(error.description)
        }
    }
}
