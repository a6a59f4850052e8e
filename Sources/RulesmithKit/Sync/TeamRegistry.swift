import Foundation
import RulesmithLint
import RulesmithRegistry
import RulesmithTemplates
import RulesmithText

/// Maps a template source (built-in, or a team's git repository at a ref or commit) to a revision
/// of the local registry, pulling and importing the commit when the registry lacks it. Revision
/// numbers are local to one machine's database; a source URL and commit are not, which is what
/// lets `check` run on a fresh CI machine and N sync runners agree.
public enum TeamRegistry {
    /// The newest revision of the built-in templates.
    static func builtin(_ registry: TemplateRegistry) throws -> RegistryRevision {
        let revisions = try RegistryService.translated { try registry.history() }
        guard let newest = revisions.first(where: { $0.sourceKind == "builtin" }) else {
            throw RulesmithError("\(registry.path): the registry holds no built-in revision")
        }
        return newest
    }

    /// The newest revision imported from `url` at `commit`, nil when there is none.
    static func existing(_ registry: TemplateRegistry, url: String, commit: String) throws -> RegistryRevision? {
        try RegistryService.translated { try registry.history() }.first {
            $0.sourceKind == "git" && $0.source == url && $0.commit == commit
        }
    }

    /// The folder where pulls of team repositories are cached: beside the registry database.
    static func pullCache(registryPath: String) -> String {
        let folder = PathSyntax.directory(of: registryPath)
        return (folder.isEmpty ? "." : folder) + "/pulls"
    }

    /// Where a team source's URL was read, which decides whether naming it is enough to contact it.
    enum SourceOrigin {
        /// Typed on the command line, or checked already by the caller (a sync manifest).
        case vouched
        /// Read from a repository's file (`.rulesmith.yml`, `.rulesmith.lock`): contacted only
        /// when the environment trusts its server.
        case file(String)
    }

    /// The revision holding `url` at `ref` (a branch, tag or commit; the remote's HEAD when nil):
    /// fetched into `cacheRoot`, imported unless that commit is imported already. Credentials go
    /// only where `trusted` allows.
    static func resolve(
        url: String, ref: String?, service: RegistryService, cacheRoot: String, trusted: TrustedGitHosts,
        origin: SourceOrigin, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> RegistryRevision {
        if let ref, ref.count == 40, ref.allSatisfy(\.isHexDigit), let known = try existing(service.registry, url: url, commit: ref) {
            return known
        }
        // Checked only when the server must be contacted: a commit this registry imported before
        // (by a pull the user ran) is known without asking anyone.
        if case .file(let file) = origin {
            try GitCredentialChoice.requireTrusted(url, what: "registry source", namedIn: file, trusted: trusted)
        }
        return try RegistryPull.withCheckout(url: url, ref: ref, cacheRoot: cacheRoot, trusted: trusted, environment: environment) { checkout in
            // Checked under the clone's lock: a concurrent run that imported this commit first wins.
            if let known = try existing(service.registry, url: url, commit: checkout.commit) { return known }
            let report = try service.importCheckout(checkout.directory, url: url, commit: checkout.commit, ref: ref, options: ImportOptions())
            return try RegistryService.translated { try service.registry.revision(report.revision) }
        }
    }

    /// The revision `check` compares with, when the source and commit decide it rather than the
    /// machine-local revision number: with `latest`, the configured team source's newest commit;
    /// else the lockfile's team source at its locked commit. Nil: the usual pin applies.
    static func revisionForCheck(_ session: WorkflowSession, latest: Bool, registryPath: String?) throws -> Int? {
        let cacheRoot = pullCache(registryPath: try RegistryLocation.resolve(explicit: registryPath))
        let service = RegistryService(registry: session.registry)
        // The repository names the source; only the environment can make its server trusted.
        let trusted = try GitCredentialChoice.trustedHosts()
        if latest {
            guard let source = session.configuration.registry.source, source != "builtin" else { return nil }
            let url = SyncManifestReader.resolve(source, against: session.workspace.root)
            return Int(try resolve(
                url: url, ref: session.configuration.registry.ref, service: service, cacheRoot: cacheRoot, trusted: trusted,
                origin: .file(ProjectConfiguration.fileName)).id)
        }
        guard let lock = session.lock, lock.source != "builtin", let commit = lock.commit else { return nil }
        return Int(try resolve(
            url: lock.source, ref: commit, service: service, cacheRoot: cacheRoot, trusted: trusted,
            origin: .file(Lockfile.fileName)).id)
    }
}
