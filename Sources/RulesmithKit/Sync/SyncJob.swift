import Foundation
import RulesmithGit
import RulesmithRegistry
import RulesmithTemplates

/// Everything a repository's sync needs besides the repository itself; shared by the workers.
struct SyncContext: Sendable {
    let planner: SyncPlanner
    /// What `{{revision}}` becomes: the team source's commit (12 digits), else the revision number.
    let revisionLabel: String
    /// The trailer that marks a commit as made by sync, so a rebuild never drops anyone else's.
    let trailer: String
    let branch: SyncTemplate
    let pushToBase: Bool
    let message: SyncTemplate
    let push: Bool
    let dryRun: Bool
    let author: GitSignature?
    /// The cache folder (a temporary one for a dry run, removed afterwards).
    let cache: String
    let progress: SyncProgress
    let environment: [String: String]
    /// Where credentials may go (see `TrustedGitHosts`).
    let trusted: TrustedGitHosts

    static let trailerKey = "Rulesmith-Sync: "
    /// The local branch the cache clone works on; pushed to the sync branch.
    static let workBranch = "rulesmith-sync-work"
}

/// Syncs one repository: cache clone fetched, reset to its starting commit, planned as `apply`
/// would, committed, pushed last. Every failure becomes this repository's outcome.
struct SyncJob {
    let context: SyncContext
    let target: SyncTarget

    /// Where the sync branch starts and how it may be pushed.
    private enum Start {
        /// No sync branch yet: start at the base, push a new branch.
        case fresh(GitOID)
        /// The sync branch descends from the base: continue it, push a fast-forward.
        case continuing(GitOID)
        /// The base moved: rebuild from it, force-push only if the remote branch is still `lease`.
        case rebuilt(GitOID, lease: GitOID)

        var commit: GitOID {
            switch self {
            case .fresh(let oid), .continuing(let oid), .rebuilt(let oid, _): oid
            }
        }

        var isRebuilt: Bool {
            if case .rebuilt = self { return true }
            return false
        }
    }

    /// A failure with the words the table shows.
    struct Failure: Error {
        let detail: String
        let branch: String?
    }

    func run() -> SyncResult {
        let branchName = context.pushToBase ? target.base : context.branch.expand(["revision": context.revisionLabel, "name": target.name])
        var result = SyncResult(name: target.name, url: target.url, outcome: .failed, branch: branchName)
        do {
            result = try sync()
        } catch let failure as Failure {
            result.detail = failure.detail
            if let branch = failure.branch { result.branch = branch }
        } catch let error as GitError {
            result.detail = Self.describe(error)
        } catch let error as RulesmithError {
            result.detail = error.message
        } catch {
            result.detail = "\(error)"
        }
        context.progress.finished(target.name, result.outcome)
        return result
    }

    private var credentials: GitCredentials { GitCredentialChoice.credentials(for: target.url, trusted: context.trusted, environment: context.environment) }

    // One repository's sync in named phases, each with a typed result:
    // locate (what the remote has) → fetch (the cache clone at its starting point) → render (the
    // change planned as apply would) → review (conflicts, security, dry run) → commit → push →
    // the row of the report. A phase that ends the sync early returns the row itself.

    /// What the remote has: the base branch and its tip, the sync branch and its tip (if pushed).
    struct Remote {
        var base: String
        var baseTip: GitOID
        var branch: String
        var branchTip: GitOID?
    }

    /// The cache clone, reset to where the sync branch starts.
    private struct Checkout {
        var repository: GitRepository
        var directory: String
        var start: Start
        var workspace: WorkflowWorkspace
    }

    /// The commit made in the cache clone and the files it holds.
    private struct Committed {
        var commit: GitOID
        var changed: [String]
    }

    private func sync() throws -> SyncResult {
        let started = InterruptedPush.now()
        let remote = try locate()
        let key = String(ContentHash.sha256(Array(target.url.utf8)).prefix(16))
        let directory = context.cache + "/" + key
        let runLock = try RunLock.acquire(at: context.cache + "/" + key + ".lock")
        defer { runLock.release() }
        // A run killed mid-write leaves git's lock files; with the run lock held, no live writer owns them.
        if FileSystem.isDirectory(directory + "/.git") { StaleGitLocks.remove(inGitDirectory: directory + "/.git") }
        SyncMemo.removeInterruptedWrites(cache: context.cache, cacheKey: key)
        let pushing = InterruptedPush(cache: context.cache, key: key, url: target.url, branch: remote.branch)
        pushing.recover(startedAt: started)
        let memo = SyncMemo(
            context: context, target: target, cacheKey: key, branch: remote.branch, baseTip: remote.baseTip, branchTip: remote.branchTip)
        if !context.dryRun, let recorded = memo.recorded() {
            var result = SyncResult(name: target.name, url: target.url, outcome: .upToDate, branch: remote.branch)
            result.commit = recorded.commit.isEmpty ? nil : recorded.commit
            result.detail = recorded.detail
            return result
        }

        let checkout = try fetch(remote, into: directory)
        let planned = try render(checkout)
        var result = SyncResult(name: target.name, url: target.url, outcome: .upToDate, branch: remote.branch)
        if let reviewed = review(planned, checkout: checkout, result: result) { return reviewed }

        guard let committed = try commit(planned, checkout: checkout, branch: remote.branch) else {
            result.commit = checkout.start.commit.hex
            result.detail = remote.branchTip != nil && !context.pushToBase && checkout.start.commit == remote.branchTip
                ? "nothing to change (\(remote.branch) already has it)" : "nothing to change"
            memo.record(commit: result.commit ?? "", detail: result.detail)
            return result
        }
        result.outcome = .updated
        result.commit = committed.commit.hex
        result.files = committed.changed
        result.detail = "committed \(committed.changed.count) file\(committed.changed.count == 1 ? "" : "s")"
        guard context.push else {
            result.detail += "; not pushed (\(option: .noPush)); the commit is in \(directory)"
            return result
        }
        try push(checkout, branch: remote.branch, pushing: pushing)
        result.pushed = true
        result.detail += " and pushed" + (checkout.start.isRebuilt ? " (rebuilt on the moved base)" : "")
        // What the next run finds: the pushed commit on the sync branch (and on the base when pushing to it).
        SyncMemo(context: context, target: target, cacheKey: key, branch: remote.branch,
                 baseTip: context.pushToBase ? committed.commit : remote.baseTip, branchTip: committed.commit)
            .record(
                commit: committed.commit.hex,
                detail: context.pushToBase ? "nothing to change" : "nothing to change (\(remote.branch) already has it)")
        return result
    }

    /// Phase locate: asks the remote for its branches; chooses the base and the sync branch.
    private func locate() throws -> Remote {
        context.progress.update(target.name, "asking the remote")
        let heads: [GitRemoteHead]
        do {
            heads = try GitRepository.lsRemote(url: target.url, credentials: credentials)
        } catch {
            // libgit2 reads a missing local path as an unknown URL scheme; say what is really wrong.
            if target.url.hasPrefix("/"), !FileSystem.exists(target.url) {
                throw Failure(detail: "unreachable: no repository at \(target.url)", branch: nil)
            }
            throw Failure(detail: "unreachable: \(Self.describe(error))", branch: nil)
        }
        let base = try baseBranch(heads)
        guard let baseTip = heads.first(where: { $0.name == "refs/heads/" + base })?.oid else {
            throw Failure(detail: "the base branch '\(base)' is not on the remote", branch: nil)
        }
        let branch = context.pushToBase ? base : context.branch.expand(["revision": context.revisionLabel, "name": target.name])
        if !context.pushToBase { try checkSyncBranch(branch, bases: [base, target.base, Self.remoteDefaultBranch(heads)]) }
        let branchTip = context.pushToBase ? baseTip : heads.first { $0.name == "refs/heads/" + branch }?.oid
        return Remote(base: base, baseTip: baseTip, branch: branch, branchTip: branchTip)
    }

    /// Phase fetch: the cache clone with the commits it lacks, reset to the starting point.
    private func fetch(_ remote: Remote, into directory: String) throws -> Checkout {
        context.progress.update(target.name, "fetching")
        let repository = try cacheClone(at: directory)
        var wanted = [(remote.base, remote.baseTip)]
        if let branchTip = remote.branchTip, remote.branch != remote.base { wanted.append((remote.branch, branchTip)) }
        let missing = wanted.filter { !repository.contains($0.1) }
        if !missing.isEmpty {
            try repository.fetch(
                url: target.url, refspecs: missing.map { "+refs/heads/\($0.0):refs/remotes/origin/\($0.0)" }, credentials: credentials)
        }
        let start = try startingPoint(repository, base: remote.baseTip, branch: remote.branch, remote: remote.branchTip)
        try reset(repository, to: start.commit, directory: directory)
        let workspace = WorkflowWorkspace(root: FileSystem.realPath(directory) ?? directory, repository: repository)
        return Checkout(repository: repository, directory: directory, start: start, workspace: workspace)
    }

    /// Phase render: the change planned exactly as `apply` would plan it in the checkout.
    private func render(_ checkout: Checkout) throws -> SyncPlanner.Planned {
        context.progress.update(target.name, "planning")
        return try context.planner.plan(target, workspace: checkout.workspace)
    }

    /// Phase review: the row when the sync ends before a commit (a conflict, a security error, a
    /// dry run); nil when the change may be committed.
    private func review(_ planned: SyncPlanner.Planned, checkout: Checkout, result: SyncResult) -> SyncResult? {
        var result = result
        if !planned.conflicts.isEmpty {
            result.outcome = .conflict
            result.files = planned.conflicts
            result.detail = "hand edits overlap the template change in \(planned.conflicts.joined(separator: ", ")); "
                + "resolve them in the repository (rulesmith apply) and sync again"
            if context.dryRun { result.diff = context.planner.preview(planned) }
            return result
        }
        let securityErrors = CommitSecurityGate.errors(in: planned.plan)
        if !securityErrors.isEmpty {
            result.outcome = .failed
            result.files = Array(Set(securityErrors.map(\.path))).sorted()
            result.detail = "refused to commit: \(CommitSecurityGate.summary(securityErrors)); "
                + "fix the template or the value that renders it"
            return result
        }
        guard context.dryRun else { return nil }
        let diff = context.planner.preview(planned)
        result.commit = checkout.start.commit.hex
        guard !diff.isEmpty else {
            result.detail = "nothing to change"
            return result
        }
        result.outcome = .updated
        result.diff = diff
        result.files = Self.paths(in: diff)
        result.detail = "would commit \(result.files.joined(separator: ", "))" + (context.push ? " and push" : "")
        return result
    }

    /// `message`, one blank line, then `trailer`: a message from a YAML block (`commit-message: |`)
    /// ends with a line break, which would otherwise leave two blank lines before the trailer.
    static func withTrailer(_ message: String, _ trailer: String) -> String {
        var body = Substring(message)
        while let last = body.last, last == "\n" || last == " " || last == "\t" || last == "\r" { body = body.dropLast() }
        return body + "\n\n" + trailer
    }

    /// Phase commit: writes the planned files and commits them with the sync trailer; nil when
    /// nothing changed.
    private func commit(_ planned: SyncPlanner.Planned, checkout: Checkout, branch: String) throws -> Committed? {
        let changed = try context.planner.execute(planned)
        guard !changed.isEmpty else { return nil }
        context.progress.update(target.name, "committing")
        try checkout.repository.add(changed.compactMap { checkout.workspace.gitPath($0) })
        try checkout.repository.writeIndex()
        let message = context.message.expand([
            "revision": context.revisionLabel, "name": target.name, "stacks": planned.stacks.joined(separator: ", "),
            "files": changed.joined(separator: ", "),
        ])
        guard let author = context.author else { throw Failure(detail: "no commit identity", branch: branch) }
        let commit = try checkout.repository.commit(message: Self.withTrailer(message, context.trailer), author: author)
        return Committed(commit: commit, changed: changed)
    }

    /// Phase push: the work branch to the sync branch; a rebuilt branch only with its lease.
    private func push(_ checkout: Checkout, branch: String, pushing: InterruptedPush) throws {
        context.progress.update(target.name, "pushing")
        var refspec = "refs/heads/\(SyncContext.workBranch):refs/heads/\(branch)"
        if case .rebuilt(_, let lease) = checkout.start {
            // Force-with-lease: overwrite the remote branch only if it is still what this run read.
            let now = try GitRepository.lsRemote(url: target.url, credentials: credentials).first { $0.name == "refs/heads/" + branch }?.oid
            guard now == lease else {
                throw Failure(detail: "non-fast-forward: \(branch) moved on the remote while syncing; sync again", branch: branch)
            }
            refspec = "+" + refspec
        }
        do {
            pushing.begin()
            defer { pushing.end() }
            try checkout.repository.push(url: target.url, refspecs: [refspec], credentials: credentials)
        } catch {
            throw Failure(detail: Self.describe(error), branch: branch)
        }
    }

    /// The sync branch, expanded for this repository, must be a valid name and none of its base
    /// branches (the manifest's base, the remote's default branch) in any spelling: without
    /// `push-to-base`, a sync proposes a change on its own branch and never pushes to a base.
    private func checkSyncBranch(_ branch: String, bases: [String?]) throws {
        if let problem = SyncBranchName.problem(branch) {
            throw Failure(detail: "'branch' gives '\(branch)' for this repository, which is not a valid branch name: \(problem)", branch: nil)
        }
        if let clash = bases.compactMap({ $0 }).first(where: { SyncBranchName.same(branch, $0) }) {
            throw Failure(
                detail: "refusing to push: the sync branch '\(branch)' is this repository's base branch '\(clash)'; "
                    + "set 'push-to-base: true' to commit onto the base branch, or choose another 'branch'",
                branch: nil)
        }
    }

    /// The branch the remote's HEAD points at, when it says.
    static func remoteDefaultBranch(_ heads: [GitRemoteHead]) -> String? {
        guard let symref = heads.first(where: { $0.name == "HEAD" })?.symrefTarget, symref.hasPrefix("refs/heads/") else { return nil }
        return String(symref.dropFirst("refs/heads/".count))
    }

    /// The manifest's base, else the branch the remote's HEAD names.
    private func baseBranch(_ heads: [GitRemoteHead]) throws -> String {
        if let base = target.base { return base }
        let head = heads.first { $0.name == "HEAD" }
        if let symref = head?.symrefTarget, symref.hasPrefix("refs/heads/") { return String(symref.dropFirst(11)) }
        let branches = heads.filter { $0.name.hasPrefix("refs/heads/") }
        if let head, let match = branches.first(where: { $0.oid == head.oid && ["refs/heads/main", "refs/heads/master"].contains($0.name) })
            ?? branches.first(where: { $0.oid == head.oid }) {
            return String(match.name.dropFirst(11))
        }
        if branches.isEmpty { throw Failure(detail: "the remote has no branches (is it empty?)", branch: nil) }
        throw Failure(detail: "the remote's HEAD names no branch; set 'base' for this repository", branch: nil)
    }

    /// The cache clone at `directory`, made on first use: an empty repository on the work branch,
    /// filled by fetches (a clone would look up the remote in a way that leaks in libgit2 1.5.1).
    private func cacheClone(at directory: String) throws -> GitRepository {
        if FileSystem.isDirectory(directory + "/.git"), let repository = try? GitRepository.open(directory),
           (try? repository.remoteURL("origin")) == target.url {
            return repository
        }
        if FileSystem.exists(directory) { try FileManager.default.removeItem(atPath: directory) }
        let repository = try GitRepository.initialize(at: directory, initialBranch: SyncContext.workBranch)
        try repository.setConfig("remote.origin.url", string: target.url)
        try repository.setConfig("remote.origin.fetch", string: "+refs/heads/*:refs/remotes/origin/*")
        return repository
    }

    private func startingPoint(_ repository: GitRepository, base: GitOID, branch: String, remote: GitOID?) throws -> Start {
        guard let remote, !context.pushToBase else { return .fresh(base) }
        if try remote == base || repository.isDescendant(remote, of: base) { return .continuing(remote) }
        // The base moved on (or the branch was merged): rebuild, but never drop a commit that sync
        // did not make — someone may have pushed a fix onto the sync branch.
        var cursor: GitOID? = remote
        var steps = 0
        while let commit = cursor, commit != base {
            if try repository.isDescendant(base, of: commit) { break }
            let info = try repository.commitInfo(commit)
            guard info.message.contains("\n" + SyncContext.trailerKey) else {
                let subject = info.message.split(separator: "\n").first.map(String.init) ?? ""
                throw Failure(
                    detail: "non-fast-forward: \(branch) has a commit not made by rulesmith sync (\(commit.hex.prefix(12)) \"\(subject)\") and the base moved; "
                        + "merge or delete \(branch), then sync again",
                    branch: branch)
            }
            steps += 1
            guard steps < 1_000 else { break }
            cursor = info.parents.first
        }
        return .rebuilt(base, lease: remote)
    }

    /// Puts the cache clone's work branch, index and work tree at `commit`, deleting untracked
    /// files an interrupted run may have left.
    private func reset(_ repository: GitRepository, to commit: GitOID, directory: String) throws {
        let head = try repository.head()
        if head.branchName != SyncContext.workBranch { try repository.setHead(branch: SyncContext.workBranch) }
        let dirty = try repository.status(includeUntracked: true)
        // A clean clone already at the commit (the no-op re-run) needs no checkout.
        if head.branchName == SyncContext.workBranch, head.oid == commit, dirty.isEmpty { return }
        try repository.resetHard(to: commit)
        for entry in dirty where entry.flags.contains(.workdirNew) {
            unlink(directory + "/" + entry.path)
        }
    }

    /// The `b/` paths of a unified diff, in order.
    static func paths(in diff: String) -> [String] {
        var paths: [String] = []
        for line in diff.split(separator: "\n") where line.hasPrefix("+++ ") {
            let path = line.dropFirst(4)
            if path.hasPrefix("b/") { paths.append(String(path.dropFirst(2))) }
        }
        return paths
    }

    /// A git failure in the table's words.
    static func describe(_ error: Error) -> String {
        guard let error = error as? GitError else { return "\(error)" }
        switch error.reason {
        case .nonFastForward(let ref): return "non-fast-forward: \(ref ?? "the branch") moved on the remote (\(error.message))"
        case .pushRejected(let ref, let message): return "push rejected: \(ref): \(message)"
        case .authentication: return "authentication failed: \(error.message)"
        case .certificate: return "certificate or host key not accepted: \(error.message)"
        default: return error.message.isEmpty ? error.description : error.message
        }
    }
}
