import Foundation
import RulesmithGit
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// `rulesmith sync` in named phases, each with a typed result: select (the manifest's
/// repositories, the shard, the trusted hosts) → registry (the revision every repository renders)
/// → prepare (what every job shares) → fan out (each repository's `SyncJob`: locate, fetch,
/// render, review, commit, push; in parallel with `jobs`) → report. A bad manifest or usage is thrown.
public enum SyncCommands {
    public static func run(_ options: SyncOptions) throws -> SyncRunOutcome {
        let selection = try select(options)
        // Every repository needs libgit2: its absence is one usage-level error, not a failed row each.
        do { try Git.initialize() } catch { throw RulesmithFailure.git(error.message) }
        // A dry run writes nothing anywhere: its clones, pulls and any import go to a temporary folder.
        let temporary = options.dryRun ? try makeTemporaryDirectory() : nil
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let source = try registry(for: selection, options: options, temporary: temporary)
        // A dry run's registry lives in the temporary folder: closed (here, on this thread) before
        // the folder is removed, rather than whenever its last reference happens to go.
        defer { if temporary != nil { try? source.service.registry.close() } }
        let context = try prepare(selection, source: source, options: options, temporary: temporary)
        let targets = selection.targets
        let results = WorkerPool.run(targets.count, threads: options.jobs) { index in
            SyncJob(context: context, target: targets[index]).run()
        }
        context.progress.clear()
        return SyncRunOutcome(report: SyncReport(
            results: results, revision: Int(source.revision.id), source: source.revision.source, commit: source.revision.commit,
            dryRun: options.dryRun, shard: options.shard))
    }

    /// What phase select chose: the manifest, its repositories in this shard, the trusted hosts.
    struct Selection {
        var manifest: SyncManifest
        var targets: [SyncTarget]
        var trusted: TrustedGitHosts
    }

    /// The registry revision every repository renders, and the registry holding it.
    struct RegistrySource {
        var service: RegistryService
        var revision: RegistryRevision
    }

    /// Phase select: reads the manifest (or the `--repo` list) and checks it before any clone.
    static func select(_ options: SyncOptions) throws -> Selection {
        guard options.jobs >= 1 else { throw RulesmithFailure.usage("\(option: .jobs): must be at least 1") }
        let manifest = try options.loadManifest()
        var targets = manifest.targets()
        if let shard = options.shard { targets = targets.filter { shard.contains($0.identity) } }
        if manifest.pushToBase, let target = targets.first(where: { $0.base == nil }) {
            throw RulesmithError("\(target.name): pushing to the base branch needs 'base' set (in defaults or the entry), so a guess never lands on a branch")
        }
        return Selection(manifest: manifest, targets: targets, trusted: try options.trustedHosts(manifest: manifest, targets: targets))
    }

    /// Phase registry: the built-in templates, or the team source pulled and imported, in sync's
    /// own registry (`syncRegistryPath`); a dry run does the same pull and import on a temporary
    /// copy of it, so it reports the revision the real run will use and writes nothing. Every
    /// stack the manifest names must be in it.
    static func registry(for selection: Selection, options: SyncOptions, temporary: String?) throws -> RegistrySource {
        let manifest = selection.manifest
        let registryPath = try syncRegistryPath(options)
        var servicePath = registryPath
        if let temporary {
            servicePath = temporary + "/registry/registry.sqlite"
            try FileSystem.createDirectory(temporary + "/registry")
            if FileSystem.exists(registryPath) {
                try RegistryService.translated { try RegistryCopy.copy(from: registryPath, to: servicePath) }
            }
        }
        let service = try RegistryService.open(explicitPath: servicePath, environment: options.environment)
        let revision: RegistryRevision
        if let url = manifest.registry.source {
            revision = try TeamRegistry.resolve(
                url: url, ref: manifest.registry.ref, service: service, cacheRoot: TeamRegistry.pullCache(registryPath: servicePath),
                trusted: selection.trusted, origin: .vouched, environment: options.environment)
        } else {
            revision = try TeamRegistry.builtin(service.registry)
        }
        try requireKnownStacks(selection.targets, in: service.registry, revision: revision.id)
        return RegistrySource(service: service, revision: revision)
    }

    /// The registry sync pulls into: the one named by `--registry` or `RULESMITH_REGISTRY` when the
    /// user asks for it, else sync's own beside its clones, so a sync never changes the default
    /// registry that `init`, `apply` and `registry` use in the user's other repositories.
    static func syncRegistryPath(_ options: SyncOptions) throws -> String {
        let named = (options.registry.map { !$0.isEmpty } ?? false) || !(options.environment["RULESMITH_REGISTRY"] ?? "").isEmpty
        if named { return try RegistryLocation.resolve(explicit: options.registry, environment: options.environment) }
        return try options.cacheDirectory() + "/registry/" + RegistryLocation.fileName
    }

    /// Phase prepare: what every job shares (planner, branch and message templates, identity,
    /// cache folder, progress line).
    static func prepare(_ selection: Selection, source: RegistrySource, options: SyncOptions, temporary: String?) throws -> SyncContext {
        let manifest = selection.manifest
        let revision = source.revision
        let author = options.dryRun ? nil : try identity(manifest, environment: options.environment)
        let cache = try temporary.map { $0 + "/clones" } ?? options.cacheDirectory()
        try FileSystem.createDirectory(cache)
        let origin = revision.sourceKind == "git" ? "\(revision.source)@\(revision.commit ?? "")" : revision.source
        return SyncContext(
            planner: SyncPlanner(registry: source.service.registry, revision: Int(revision.id), source: manifest.registry),
            revisionLabel: revision.commit.map { String($0.prefix(12)) } ?? String(revision.id),
            trailer: SyncContext.trailerKey + origin,
            branch: SyncTemplate(manifest.branch), pushToBase: manifest.pushToBase, message: SyncTemplate(manifest.commitMessage),
            push: options.push && manifest.push, dryRun: options.dryRun, author: author, cache: cache,
            progress: SyncProgress(enabled: options.progress, total: selection.targets.count),
            environment: options.environment, trusted: selection.trusted)
    }

    /// A stack the revision lacks would fail every repository that names it; refused before any clone.
    private static func requireKnownStacks(_ targets: [SyncTarget], in registry: TemplateRegistry, revision: Int64) throws(RulesmithError) {
        let named = Set(targets.flatMap(\.stacks))
        guard !named.isEmpty else { return }
        let known: StackNameCheck.Known
        do {
            known = StackNameCheck.Known(
                stacks: try registry.list(revision: revision).map { ($0.id, $0.tags) }, aliases: try registry.index().tagAliases)
        } catch {
            throw RulesmithFailure.registry("registry: cannot list the stacks of revision \(revision): \(error)")
        }
        for target in targets {
            if let unknown = StackNameCheck.unknown(target.stacks, in: known, revision: revision) {
                throw RulesmithFailure.usage("\(target.name): \(unknown)")
            }
        }
    }

    /// The manifest's author, else git's identity; refuses before any repository is touched.
    static func identity(_ manifest: SyncManifest, environment: [String: String]) throws(RulesmithError) -> GitSignature {
        if let author = manifest.author { return GitSignature(name: author.name, email: author.email) }
        do {
            return try Git.signature(.author, environment: environment)
        } catch {
            throw RulesmithFailure.git("sync needs a commit identity: set 'author: {name, email}' in the manifest, or git config --global user.name and user.email (\(error.message))")
        }
    }

    private static func makeTemporaryDirectory() throws(RulesmithError) -> String {
        var template = Array((NSTemporaryDirectory() + "rulesmith-sync-dry-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw RulesmithError("cannot create a temporary folder for the dry run") }
        return String(cString: made)
    }
}
