import Foundation
import RulesmithGit

/// `--commit`: commits only the files rulesmith wrote, with the user's git identity, on the
/// current branch or a new one. Everything that can fail is checked before anything is written.
struct RepositoryCommit {
    let workspace: WorkflowWorkspace
    let author: GitSignature
    let committer: GitSignature
    let branch: String?

    /// Checks the repository, the identity and the branch; `environment` is where git reads identity overrides.
    static func prepare(
        _ workspace: WorkflowWorkspace, branch: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(RulesmithError) -> RepositoryCommit {
        guard let repository = workspace.repository else {
            throw RulesmithFailure.usage("\(workspace.root): \(option: .commit) needs a git repository, and this folder is not in one")
        }
        do {
            let author = try repository.signature(.author, environment: environment)
            let committer = try repository.signature(.committer, environment: environment)
            guard repository.state == .none else {
                throw RulesmithFailure.usage("\(workspace.root): a git \(repository.state.rawValue) is in progress; finish it before \(option: .commit)")
            }
            let staged = try repository.status(includeUntracked: false).filter { !$0.flags.isDisjoint(with: .staged) }
            if !staged.isEmpty {
                throw RulesmithFailure.usage(
                    "\(staged[0].path): you have staged changes (\(staged.count) file\(staged.count == 1 ? "" : "s")); \(option: .commit) would commit them too, so commit or unstage them first, or run without \(option: .commit)")
            }
            if let branch {
                guard try repository.branch(named: branch) == nil else {
                    throw RulesmithFailure.usage("\(branch): the branch already exists; \(option: .branch) makes a new one")
                }
            }
            return RepositoryCommit(workspace: workspace, author: author, committer: committer, branch: branch)
        } catch let error as GitError {
            throw RulesmithFailure.git("\(workspace.root): \(error.message)")
        } catch let error as RulesmithError {
            throw error
        } catch {
            throw RulesmithFailure.git("\(workspace.root): \(error)")
        }
    }

    /// Of `paths`, those holding changes of the user that git has not seen committed (a commit
    /// of them would carry the user's uncommitted text).
    func userChanged(_ paths: [String]) throws(RulesmithError) -> Set<String> {
        guard let repository = workspace.repository else { return [] }
        let gitPaths = paths.compactMap { workspace.gitPath($0) }
        guard !gitPaths.isEmpty else { return [] }
        do {
            let entries = try repository.status(paths: gitPaths)
            let dirty = Set(entries.filter { !$0.flags.isDisjoint(with: .unstaged) }.map(\.path))
            return Set(paths.filter { workspace.gitPath($0).map(dirty.contains) ?? false })
        } catch {
            throw RulesmithFailure.git("\(workspace.root): cannot read git status: \(error.message)")
        }
    }

    /// Stages `paths` (added, changed or deleted) and commits them; nil when nothing changed.
    func commit(_ paths: [String], message: String) throws(RulesmithError) -> GitOID? {
        guard let repository = workspace.repository, !paths.isEmpty else { return nil }
        do {
            if let branch {
                if try repository.head().oid != nil {
                    _ = try repository.createBranch(branch)
                    try repository.checkout(branch: branch)
                    return try commitOnHead(repository, paths, message)
                }
                // An unborn HEAD has nothing to branch from: make the root commit on the branch, then switch.
                try stage(repository, paths)
                let oid = try repository.commit(message: message, author: author, committer: committer, onBranch: branch)
                try repository.checkout(branch: branch)
                return oid
            }
            return try commitOnHead(repository, paths, message)
        } catch let error as GitError {
            throw RulesmithFailure.git("\(workspace.root): cannot commit: \(error.message)")
        } catch let error as RulesmithError {
            throw error
        } catch {
            throw RulesmithFailure.git("\(workspace.root): cannot commit: \(error)")
        }
    }

    private func commitOnHead(_ repository: GitRepository, _ paths: [String], _ message: String) throws -> GitOID? {
        try stage(repository, paths)
        let staged = try repository.status(includeUntracked: false).filter { !$0.flags.isDisjoint(with: .staged) }
        guard !staged.isEmpty else { return nil }
        return try repository.commit(message: message, author: author, committer: committer)
    }

    private func stage(_ repository: GitRepository, _ paths: [String]) throws {
        // `add` stages a deletion for a path that is gone, as `git add` does.
        try repository.add(paths.compactMap { workspace.gitPath($0) })
        try repository.writeIndex()
    }
}
