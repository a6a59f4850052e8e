// Making commits from the index: a general `createCommit` (explicit parents and reference) and
// `commit`, which commits on the current branch (or a named one) and handles an unborn HEAD.

import CGit2

extension GitRepository {
    /// Commits the index as a new tree with the given parents.
    ///
    /// - Parameters:
    ///   - message: the commit message; a final newline is added when missing, as git does.
    ///   - author: who wrote the change.
    ///   - committer: who commits it; the author when nil.
    ///   - parents: parent commits, first parent first; empty for a root commit.
    ///   - updateRef: a reference to move to the new commit ("HEAD", "refs/heads/x"), or nil.
    ///     libgit2 refuses when its current value is not the first parent.
    /// - Returns: the new commit's id.
    /// - Throws: `GitError` when the index has conflicts, a parent is missing or the reference
    ///   moved in the meantime.
    public func createCommit(
        message: String, author: GitSignature, committer: GitSignature? = nil,
        parents: [GitOID], updateRef: String?
    ) throws(GitError) -> GitOID {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        let treeOID: git_oid = try withIndex("commit") { (index) throws(GitError) -> git_oid in
            var oid = git_oid()
            try check(git_index_write_tree(&oid, index), "write the index as a tree")
            return oid
        }
        var treeRaw = treeOID
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, handle, &treeRaw), "read the new tree")
        defer { git_tree_free(tree) }

        var parentCommits = [OpaquePointer?]()
        defer { for commit in parentCommits { git_commit_free(commit) } }
        for parent in parents {
            var raw = parent.raw
            var commit: OpaquePointer?
            try check(git_commit_lookup(&commit, handle, &raw), "read parent commit \(parent)")
            parentCommits.append(commit)
        }

        var created = git_oid()
        let count = parentCommits.count
        try author.withRaw { (authorRaw) throws(GitError) in
            try (committer ?? author).withRaw { (committerRaw) throws(GitError) in
                let code = parentCommits.withUnsafeMutableBufferPointer { buffer in
                    git_commit_create(
                        &created, handle, updateRef, authorRaw, committerRaw, nil, text, tree,
                        count, buffer.baseAddress)
                }
                try check(code, "create the commit" + (updateRef.map { " on \($0)" } ?? ""))
            }
        }
        return GitOID(created)
    }

    /// Commits the index on the current branch (creating it when HEAD is unborn), or on
    /// `branch`: its tip is the parent, or HEAD's commit when the branch is new (as if it had
    /// been branched from HEAD first); HEAD and the work tree are not touched then.
    ///
    /// - Returns: the new commit's id.
    /// - Throws: `GitError` when a merge or other operation is in progress (the commit would lose
    ///   its extra parents), the index has conflicts, or HEAD is detached and `branch` is nil
    ///   (then the commit detaches HEAD further, which is refused here).
    public func commit(
        message: String, author: GitSignature, committer: GitSignature? = nil, onBranch branch: String? = nil
    ) throws(GitError) -> GitOID {
        if let branch {
            let reference = "refs/heads/" + branch
            var parent = try self.branch(named: branch, kind: .local)?.target
            if parent == nil { parent = try head().oid }
            return try createCommit(
                message: message, author: author, committer: committer,
                parents: parent.map { [$0] } ?? [], updateRef: reference)
        }
        let state = self.state
        guard state == .none else {
            throw GitError(
                operation: "commit", code: GIT_EUNMERGED.rawValue,
                message: "a \(state.rawValue) is in progress; finish or abort it with git first")
        }
        let parents: [GitOID]
        switch try head() {
        case .branch(_, let oid): parents = [oid]
        case .unborn: parents = []
        case .detached:
            throw GitError(operation: "commit", message: "HEAD is detached; name a branch", reason: .invalidArgument)
        }
        return try createCommit(message: message, author: author, committer: committer, parents: parents, updateRef: "HEAD")
    }
}
