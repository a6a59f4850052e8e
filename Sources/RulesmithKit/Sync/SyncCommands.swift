import Foundation
import RulesmithGit
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// `rulesmith sync`: resolves the registry revision once, then syncs every selected repository
/// (in parallel with `jobs`) and reports each one's outcome. Exit 0 when all are updated or up to
/// date, 1 when any is a conflict or failed, 2 (thrown) for a bad manifest or usage.
public enum SyncCommands {
    public static func run(_ options: SyncOptions) throws -> WorkflowResult {
        guard options.jobs >= 1 else { throw RulesmithError("--jobs: must be at least 1") }
        let manifest = try options.loadManifest()
        var targets = manifest.targets()
        if let shard = options.shard { targets = targets.filter { shard.contains($0.identity) } }
        if manifest.pushToBase, let target = targets.first(where: { $0.base == nil }) {
            throw RulesmithError("\(target.name): pushing to the base branch needs 'base' set (in defaults or the entry), so a guess never lands on a branch")
        }

        let trusted = try options.trustedHosts(manifest: manifest, targets: targets)

        // Every repository needs libgit2: its absence is one usage-level error, not a failed row each.
        do { try Git.initialize() } catch { throw RulesmithError(error.message) }

        // A dry run writes nothing anywhere: its clones, pulls and any import go to a temporary folder.
        let temporary = options.dryRun ? try makeTemporaryDirectory() : nil
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }

        let registryPath = try RegistryLocation.resolve(explicit: options.registry, environment: options.environment)
        var service = try RegistryService.open(explicitPath: registryPath, environment: options.environment)
        let revision: RegistryRevision
        if let url = manifest.registry.source {
            let cacheRoot = temporary.map { $0 + "/pulls" } ?? TeamRegistry.pullCache(registryPath: registryPath)
            if let temporary {
                // Without writing the user's registry: reuse an import of that commit, else import into a scratch one.
                let checkout = try RegistryPull.pull(
                    url: url, ref: manifest.registry.ref, cacheRoot: cacheRoot, trusted: trusted, environment: options.environment)
                if let known = try TeamRegistry.existing(service.registry, url: url, commit: checkout.commit) {
                    revision = known
                } else {
                    service = try RegistryService.open(explicitPath: temporary + "/registry.sqlite", environment: options.environment)
                    revision = try TeamRegistry.resolve(
                        url: url, ref: checkout.commit, service: service, cacheRoot: cacheRoot, trusted: trusted, origin: .vouched,
                        environment: options.environment)
                }
            } else {
                revision = try TeamRegistry.resolve(
                    url: url, ref: manifest.registry.ref, service: service, cacheRoot: cacheRoot, trusted: trusted, origin: .vouched,
                    environment: options.environment)
            }
        } else {
            revision = try TeamRegistry.builtin(service.registry)
        }
        try requireKnownStacks(targets, in: service.registry, revision: revision.id)

        let author = options.dryRun ? nil : try identity(manifest, environment: options.environment)
        let cache = try temporary.map { $0 + "/clones" } ?? options.cacheDirectory()
        try FileSystem.createDirectory(cache)
        let origin = revision.sourceKind == "git" ? "\(revision.source)@\(revision.commit ?? "")" : revision.source
        let progress = SyncProgress(enabled: options.progress, total: targets.count)
        let context = SyncContext(
            planner: SyncPlanner(registry: service.registry, revision: Int(revision.id), source: manifest.registry),
            revisionLabel: revision.commit.map { String($0.prefix(12)) } ?? String(revision.id),
            trailer: SyncContext.trailerKey + origin,
            branch: SyncTemplate(manifest.branch), pushToBase: manifest.pushToBase, message: SyncTemplate(manifest.commitMessage),
            push: options.push && manifest.push, dryRun: options.dryRun, author: author, cache: cache, progress: progress,
            environment: options.environment, trusted: trusted)
        let selected = targets
        let results = SyncWorkers.run(count: selected.count, jobs: options.jobs) { index in
            SyncJob(context: context, target: selected[index]).run()
        }
        progress.clear()

        let report = SyncReport(
            results: results, revision: Int(revision.id), source: revision.source, commit: revision.commit,
            dryRun: options.dryRun, shard: options.shard)
        var output = ""
        switch options.format {
        case .json:
            output = report.json()
        case .text:
            if options.dryRun {
                for result in results where !(result.diff ?? "").isEmpty {
                    output += PrintableMessage.make("### \(result.name) (\(result.url))") + "\n" + PrintableMessage.lines(result.diff ?? "")
                }
            }
            output += report.text()
        }
        return WorkflowResult(output: output, exitCode: report.exitCode, isJSON: options.format == .json)
    }

    /// A stack the revision lacks would fail every repository that names it; refused before any clone.
    private static func requireKnownStacks(_ targets: [SyncTarget], in registry: TemplateRegistry, revision: Int64) throws(RulesmithError) {
        let named = Set(targets.flatMap(\.stacks))
        guard !named.isEmpty else { return }
        let known: Set<String>
        do {
            known = Set(try registry.list(revision: revision).map(\.id))
        } catch {
            throw RulesmithError("registry: cannot list the stacks of revision \(revision): \(error)")
        }
        if let unknown = named.subtracting(known).sorted().first, let target = targets.first(where: { $0.stacks.contains(unknown) }) {
            throw RulesmithError("\(target.name): unknown stack '\(unknown)' in registry revision \(revision); `rulesmith registry list` shows the stacks")
        }
    }

    /// The manifest's author, else git's identity; refuses before any repository is touched.
    static func identity(_ manifest: SyncManifest, environment: [String: String]) throws(RulesmithError) -> GitSignature {
        if let author = manifest.author { return GitSignature(name: author.name, email: author.email) }
        do {
            return try Git.signature(.author, environment: environment)
        } catch {
            throw RulesmithError("sync needs a commit identity: set 'author: {name, email}' in the manifest, or git config --global user.name and user.email (\(error.message))")
        }
    }

    private static func makeTemporaryDirectory() throws(RulesmithError) -> String {
        var template = Array((NSTemporaryDirectory() + "rulesmith-sync-dry-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw RulesmithError("cannot create a temporary folder for the dry run") }
        return String(cString: made)
    }
}
