import Foundation
import RulesmithGit
import RulesmithRegistry
import RulesmithTemplates

/// `registry pull GIT-URL [--ref REF]`: fetch a team's template repository, then import the tree
/// at the fetched commit as a new revision that records the URL and commit.
public enum RegistryPull {
    /// A checkout of a repository at a commit.
    public struct Checkout: Sendable {
        public var directory: String
        public var commit: String

        public init(directory: String, commit: String) {
            self.directory = directory
            self.commit = commit
        }
    }

    /// Clones `url` into a cache folder under `cacheRoot` (or fetches into the clone made by an
    /// earlier pull), resolves `ref` (a branch, tag or commit; the remote's HEAD when nil) and
    /// checks that commit out, returning the work tree and the commit id. Credentials from
    /// `environment` are offered only as `trusted` allows.
    public static func pull(
        url: String, ref: String?, cacheRoot: String, trusted: TrustedGitHosts,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(RulesmithError) -> Checkout {
        do {
            return try withCheckout(url: url, ref: ref, cacheRoot: cacheRoot, trusted: trusted, environment: environment) { $0 }
        } catch let error as RulesmithError {
            throw error
        } catch {
            throw RulesmithFailure.git("\(url): \(error)")
        }
    }

    /// Like `pull`, but keeps the clone locked while `body` reads the checkout, so a concurrent
    /// pull of the same URL (another sync or `check`) waits instead of moving the work tree under
    /// it, and then finds the commit already imported.
    static func withCheckout<T>(
        url: String, ref: String?, cacheRoot: String, trusted: TrustedGitHosts,
        environment: [String: String] = ProcessInfo.processInfo.environment, _ body: (Checkout) throws -> T
    ) throws -> T {
        let directory = cacheRoot + "/" + String(ContentHash.sha256(Array(url.utf8)).prefix(16))
        let lock = try RunLock.acquire(at: directory + ".lock", wait: 300)
        defer { lock.release() }
        let credentials = GitCredentialChoice.credentials(for: url, trusted: trusted, environment: environment)
        return try body(try fetch(url: url, ref: ref, into: directory, cacheRoot: cacheRoot, credentials: credentials))
    }

    private static func fetch(
        url: String, ref: String?, into directory: String, cacheRoot: String, credentials: GitCredentials
    ) throws(RulesmithError) -> Checkout {
        do {
            let repository: GitRepository
            if FileSystem.isDirectory(directory + "/.git") {
                // A pull killed mid-write leaves git's lock files; the clone's lock says none is live.
                StaleGitLocks.remove(inGitDirectory: directory + "/.git")
                repository = try GitRepository.open(directory)
                try repository.fetch(
                    remote: "origin", refspecs: ["+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"],
                    prune: true, credentials: credentials)
            } else {
                // A clone killed half-way leaves a folder without a repository; start again.
                if FileSystem.exists(directory) { try? FileManager.default.removeItem(atPath: directory) }
                try FileSystem.createDirectory(cacheRoot)
                repository = try GitRepository.clone(from: url, to: directory, credentials: credentials)
            }
            let commit = try resolve(ref, in: repository, credentials: credentials)
            try repository.resetHard(to: commit)
            return Checkout(directory: directory, commit: commit.hex)
        } catch let error as GitError {
            throw RulesmithFailure.git("\(url): \(error.description)")
        } catch let error as RulesmithError {
            throw error
        } catch {
            throw RulesmithFailure.git("\(url): \(error)")
        }
    }

    private static func resolve(_ ref: String?, in repository: GitRepository, credentials: GitCredentials) throws -> GitOID {
        guard let ref else {
            let heads = try repository.lsRemote("origin", credentials: credentials)
            if let head = heads.first(where: { $0.name == "HEAD" }) { return head.oid }
            // A bare remote whose HEAD names a branch that was never pushed: fall back to the
            // usual default branches, or the only branch there is.
            let branches = heads.filter { $0.name.hasPrefix("refs/heads/") }
            for name in ["refs/heads/main", "refs/heads/master"] {
                if let branch = branches.first(where: { $0.name == name }) { return branch.oid }
            }
            if branches.count == 1 { return branches[0].oid }
            guard !branches.isEmpty else { throw RulesmithFailure.git("the remote has no branches (is it empty?)") }
            throw RulesmithFailure.usage(
                "the remote's HEAD points nowhere; pass \(option: .ref) with one of: \(branches.map { String($0.name.dropFirst(11)) }.joined(separator: ", "))")
        }
        for candidate in ["refs/remotes/origin/\(ref)", "refs/tags/\(ref)", ref] {
            if let oid = try? repository.revparse(candidate + "^{commit}") { return oid }
        }
        throw RulesmithFailure.git("no branch, tag or commit named '\(ref)' in the remote")
    }
}
