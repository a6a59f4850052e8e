import RulesmithGit

/// The git operations of `--commit` (which files hold the user's own changes, the commit itself),
/// behind a protocol so Kit's tests can decide what is committed without a repository;
/// `RepositoryCommit` (libgit2) is the real one.
protocol RepositoryAccess {
    /// The new branch the commit goes on, or nil for the current one.
    var branch: String? { get }
    /// Of `paths`, those holding uncommitted changes of the user.
    func userChanged(_ paths: [String]) throws(RulesmithFailure) -> Set<String>
    /// Commits `paths`; the commit's id, or nil when there was nothing to commit.
    func commitFiles(_ paths: [String], message: String) throws(RulesmithFailure) -> String?
}

extension RepositoryCommit: RepositoryAccess {
    func commitFiles(_ paths: [String], message: String) throws(RulesmithFailure) -> String? {
        try commit(paths, message: message)?.hex
    }
}
