import RulesmithCore
import RulesmithRegistry

/// A workflow command's view of one repository: workspace, configuration (parsed and as text),
/// lockfile and registry, and the scan that classifies every generated file.
final class WorkflowSession {
    let workspace: WorkflowWorkspace
    let registry: TemplateRegistry
    var configuration: ProjectConfiguration
    /// The configuration file's text (nil before `init` writes it).
    var configurationText: String?
    var lock: Lockfile?
    /// A revision chosen by the caller (sync, or `check` resolving a team source and commit);
    /// it wins over `--latest` and the pins.
    var pinnedRevision: Int?

    init(
        workspace: WorkflowWorkspace, registry: TemplateRegistry, configuration: ProjectConfiguration,
        configurationText: String?, lock: Lockfile?
    ) {
        self.workspace = workspace
        self.registry = registry
        self.configuration = configuration
        self.configurationText = configurationText
        self.lock = lock
    }

    /// Opens the repository holding `.rulesmith.yml` at or above `directory`.
    static func open(from directory: String, registry: String?) throws -> WorkflowSession {
        let workspace = try WorkflowWorkspace.locate(from: directory, forInit: false)
        let loaded = try ConfigurationLoader.load(explicitPath: workspace.configPath, from: workspace.root)
        let text = String(decoding: try FileSystem.read(workspace.configPath), as: UTF8.self)
        let service = try RegistryService.open(explicitPath: registry)
        return WorkflowSession(
            workspace: workspace, registry: service.registry, configuration: loaded.configuration, configurationText: text,
            lock: try readLock(workspace))
    }

    /// The lockfile, or nil when there is none yet.
    static func readLock(_ workspace: WorkflowWorkspace) throws(RulesmithError) -> Lockfile? {
        guard FileSystem.exists(workspace.lockPath) else { return nil }
        do {
            return try Lockfile.parse(try FileSystem.read(workspace.lockPath), path: Lockfile.fileName)
        } catch let error as LockfileError {
            throw RulesmithError(error.description)
        } catch let error as RulesmithError {
            throw error
        } catch {
            throw RulesmithError("\(Lockfile.fileName): \(error)")
        }
    }

    /// The revision to render: the newest with `latest`, else the configuration's pin, else the
    /// lockfile's, else the newest. Fails naming the file when the registry lacks it.
    func revision(latest: Bool) throws -> RegistryRevision {
        if let pinnedRevision {
            return try RegistryService.translated { try registry.revision(Int64(pinnedRevision)) }
        }
        let newest = try RegistryService.translated { try registry.latestRevision() }
        guard let newest else { throw RulesmithError("\(registry.path): the registry holds no revision") }
        let wanted = latest ? Int(newest) : (configuration.registry.revision ?? lock?.revision ?? Int(newest))
        do {
            return try registry.revision(Int64(wanted))
        } catch {
            throw RulesmithError(
                "\(ProjectConfiguration.fileName): registry revision \(wanted) is not in \(registry.path) (newest: \(newest)); "
                    + "import it (rulesmith registry pull \(configuration.registry.source ?? "URL")) or pass --latest")
        }
    }

    /// Every generated file classified against the lockfile and a fresh render.
    struct Scan {
        var drifts: [FileDrift]
        var render: WorkflowRender.Output
        var revision: RegistryRevision
        var newest: Int?
    }

    func scan(latest: Bool) throws -> Scan {
        let revision = try revision(latest: latest)
        let render = try WorkflowRender(registry: registry, workspace: workspace).render(configuration, revision: Int(revision.id))
        let context = DriftClassifier.Context(
            inputsHash: render.inputs.hash, revision: Int(revision.id), lockedInputsHash: lock?.inputs.hash,
            lockedRevision: lock?.revision)
        let rendered = Dictionary(render.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let paths = Set(rendered.keys).union(lock?.files.map(\.path) ?? []).sorted()
        let drifts = paths.map { path in
            DriftClassifier.classify(
                path: path, entry: lock?.entry(for: path), disk: workspace.read(path), rendered: rendered[path], context: context)
        }
        let newest = try RegistryService.translated { try registry.latestRevision() }.map { Int($0) }
        return Scan(drifts: drifts, render: render, revision: revision, newest: newest)
    }

    /// The locked render (revision and inputs of the lockfile): path → managed text, for merge bases.
    func lockedRender() -> [String: [UInt8]] {
        guard let lock else { return [:] }
        let render = WorkflowRender(registry: registry, workspace: workspace)
        guard let overlays = try? render.overlays(configuration), overlays.hashes == lock.inputs.overlays,
              let output = try? render.render(
                  stacks: lock.inputs.stacks, targets: lock.inputs.targets, variables: lock.inputs.variables,
                  overlays: overlays.rules, overlayHashes: overlays.hashes, revision: lock.revision)
        else { return [:] }
        var texts: [String: [UInt8]] = [:]
        for file in output.files {
            let layout = lock.entry(for: file.path)?.block.map(ManagedLayout.block) ?? .wholeFile
            texts[file.path] = layout.wanted(file.contents)
        }
        return texts
    }

    /// Takes the repository's run lock (inside `.git` when there is one).
    func lockRun() throws(RulesmithError) -> RunLock {
        try RunLock.acquire(at: workspace.stateDirectory + "/run.lock")
    }
}
