import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates

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
            throw RulesmithFailure.usage(
                "\(ProjectConfiguration.fileName): registry revision \(wanted) is not in \(registry.path) (newest: \(newest)); import it (rulesmith registry pull \(configuration.registry.source ?? "URL")) or pass \(option: .latest)")
        }
    }

    /// Every generated file classified against the lockfile and a fresh render.
    struct Scan {
        var drifts: [FileDrift]
        var render: WorkflowRender.Output
        var revision: RegistryRevision
        var newest: Int?
        /// Generated paths something tracked is in the way of (a submodule, a tracked link or
        /// file, another repository), with why: `apply` refuses to touch the repository then.
        var obstructions: [(drift: FileDrift, reason: String)] = []
        /// CLAUDE.md files of the user's that already import the AGENTS.md beside them (a link
        /// to it, or only `@AGENTS.md`), with how: the `claude` target is satisfied there, so
        /// they are neither rendered nor managed.
        var satisfied: [(path: String, how: String)] = []
    }

    func scan(latest: Bool) throws -> Scan {
        let revision = try revision(latest: latest)
        let tracking = try TrackedPaths.load(workspace)
        var render = try renderer(tracking: tracking).render(configuration, revision: Int(revision.id))
        let satisfied = satisfiedImports(render.files)
        render.files.removeAll { file in satisfied.contains { $0.path == file.path } }
        let context = DriftClassifier.Context(
            inputsHash: render.inputs.hash, revision: Int(revision.id), lockedInputsHash: lock?.inputs.hash,
            lockedRevision: lock?.revision)
        let rendered = Dictionary(render.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let paths = Set(rendered.keys).union(lock?.files.map(\.path) ?? []).sorted()
        let bases = MergeBases(workspace: workspace, regenerate: { [:] })
        var obstructions: [(drift: FileDrift, reason: String)] = []
        let drifts = paths.map { path in
            var drift = DriftClassifier.classify(
                path: path, entry: lock?.entry(for: path), disk: workspace.read(path), rendered: rendered[path], context: context)
            if let reason = obstruction(at: path, tracking: tracking) {
                drift.state = drift.rendered == nil ? .unreadable : .blocked
                drift.detail = reason
                obstructions.append((drift, reason))
            }
            confirmProvenance(&drift, tracking: tracking, bases: bases)
            return drift
        }
        let newest = try RegistryService.translated { try registry.latestRevision() }.map { Int($0) }
        return Scan(drifts: drifts, render: render, revision: revision, newest: newest, obstructions: obstructions, satisfied: satisfied)
    }

    /// The rendered `claude` import stubs whose path already holds the user's own import of the
    /// same AGENTS.md (never one rulesmith manages: a lockfile entry keeps the usual drift rules).
    private func satisfiedImports(_ files: [RenderedFile]) -> [(path: String, how: String)] {
        var output: [(path: String, how: String)] = []
        for file in files where lock?.entry(for: file.path) == nil {
            guard let agents = ClaudeImportStub.importedPath(of: file) else { continue }
            switch workspace.read(file.path) {
            case .link:
                let linked = FileSystem.realPath(workspace.absolute(file.path))
                if linked != nil, linked == FileSystem.realPath(workspace.absolute(agents)) {
                    output.append((file.path, "a link to \(agents)"))
                }
            case .file(let bytes):
                if ClaudeImportStub.onlyImports(bytes, agentsFileName: agents.split(separator: "/").last.map(String.init) ?? agents) {
                    output.append((file.path, "imports \(agents)"))
                }
            default:
                break
            }
        }
        return output
    }

    /// Overlay files this run wrote itself (`adopt`), readable before git tracks them.
    var writtenOverlays: Set<String> = []
    /// Overlay files this run will write (`init --adopt-existing`), rendered from memory.
    var pendingOverlays: [String: [UInt8]] = [:]

    /// The renderer of this repository; `tracking` is what git tracks in it.
    func renderer(tracking: TrackedPaths?) -> WorkflowRender {
        var render = WorkflowRender(registry: registry, workspace: workspace, tracking: tracking, writtenOverlays: writtenOverlays)
        render.pendingOverlays = pendingOverlays
        return render
    }

    /// Why nothing may be written or deleted at `path`, or nil.
    private func obstruction(at path: String, tracking: TrackedPaths?) -> String? {
        if let reason = tracking?.obstruction(at: path) { return reason }
        if let folder = workspace.nestedRepository(on: path) {
            return "\(folder) holds another git repository (\(folder)/.git); rulesmith does not write into it"
        }
        return nil
    }

    /// An orphan the classifier found carrying rulesmith's marker is deletable only when git (in
    /// the index or at HEAD) or rulesmith's own cache in `.git` holds exactly the content the
    /// lockfile names: neither can be forged by editing the lockfile, and a file nobody
    /// committed (an ignored secret, local notes) is in neither.
    private func confirmProvenance(_ drift: inout FileDrift, tracking: TrackedPaths?, bases: MergeBases) {
        // A skill's files (they carry no generated header) and servers in an MCP file are removed only when rulesmith's own cache in `.git` holds the
        // exact servers the lockfile names: a lockfile edited in a pull request cannot name the
        // user's servers into rulesmith's hands.
        if drift.state == .orphaned, drift.layout.ownedServers != nil || SkillsTarget.isSkillPath(drift.path), let entry = drift.entry {
            drift.provenance = bases.cached(entry.blob) != nil ? .proven
                : .unproven("rulesmith's own copy of what it wrote there is not in this clone")
            drift.detail = DriftClassifier.orphanDetail(drift)
            return
        }
        guard drift.state == .orphaned, drift.provenance == .proven, drift.layout == .wholeFile, let entry = drift.entry,
              let tracking
        else { return }
        if tracking.holds(drift.path, blob: entry.blob) || bases.cached(entry.blob) != nil { return }
        drift.provenance = .unproven("git does not hold it with the content the lockfile names")
        drift.detail = DriftClassifier.orphanDetail(drift)
    }

    /// The locked render (revision and inputs of the lockfile): path → managed text, for merge bases.
    func lockedRender() -> [String: [UInt8]] {
        guard let lock else { return [:] }
        guard let render = try? renderer(tracking: TrackedPaths.load(workspace)),
              let overlays = try? render.overlays(configuration), overlays.hashes == lock.inputs.overlays,
              let output = try? render.render(
                  stacks: lock.inputs.stacks, targets: lock.inputs.targets, variables: lock.inputs.variables,
                  overlays: overlays.rules, overlayHashes: overlays.hashes, revision: lock.revision, assetOverlays: overlays.assets)
        else { return [:] }
        var texts: [String: [UInt8]] = [:]
        for file in output.files {
            let layout = lock.entry(for: file.path).map(ManagedLayout.init(entry:)) ?? (MCPServerFile.isServerFile(file.path) ? .servers(path: file.path, owned: []) : .wholeFile)
            texts[file.path] = layout.wanted(file.contents)
        }
        return texts
    }

    /// Takes the repository's run lock (inside `.git` when there is one), after checking that
    /// the state folder and its `backups` and `bases` are real folders.
    func lockRun() throws(RulesmithError) -> RunLock {
        try workspace.checkStateFolders()
        return try RunLock.acquire(at: try workspace.stateFolder() + "/run.lock")
    }
}
