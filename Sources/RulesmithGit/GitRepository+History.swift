// Small history queries: pointing HEAD at a (possibly unborn) branch, ancestry between two
// commits, and a commit's message and parents.

import CGit2

/// A commit's message and parents.
public struct GitCommitInfo: Hashable, Sendable {
    /// The full message, as stored.
    public let message: String
    /// Parent commits, first parent first.
    public let parents: [GitOID]
}

extension GitRepository {
    /// Points HEAD at the local branch `name`, which need not exist yet (it is then unborn);
    /// the index and work tree are not touched.
    ///
    /// - Throws: `GitError` when the name is not a valid branch name.
    public func setHead(branch name: String) throws(GitError) {
        try check(git_repository_set_head(handle, "refs/heads/" + name), "point HEAD at \(name)")
    }

    /// Whether `commit` has `ancestor` in its history (a commit is not its own descendant).
    ///
    /// - Throws: `GitError` when either commit is missing.
    public func isDescendant(_ commit: GitOID, of ancestor: GitOID) throws(GitError) -> Bool {
        var raw = commit.raw
        var base = ancestor.raw
        let code = git_graph_descendant_of(handle, &raw, &base)
        try check(code, "check whether \(commit) descends from \(ancestor)")
        return code == 1
    }

    /// The message and parents of `commit`.
    ///
    /// - Throws: `GitError` with reason `.notFound` when no commit has this id.
    public func commitInfo(_ commit: GitOID) throws(GitError) -> GitCommitInfo {
        var raw = commit.raw
        var object: OpaquePointer?
        try check(git_commit_lookup(&object, handle, &raw), "read commit \(commit)")
        defer { git_commit_free(object) }
        let parents = (0..<git_commit_parentcount(object)).compactMap { index in
            git_commit_parent_id(object, index).map { GitOID($0.pointee) }
        }
        return GitCommitInfo(message: string(git_commit_message(object)) ?? "", parents: parents)
    }

    /// Whether the object database holds `oid` (without fetching anything).
    public func contains(_ oid: GitOID) -> Bool {
        var odb: OpaquePointer?
        guard git_repository_odb(&odb, handle) == 0 else {
            git_error_clear()
            return false
        }
        defer { git_odb_free(odb) }
        var raw = oid.raw
        return git_odb_exists(odb, &raw) == 1
    }
}
