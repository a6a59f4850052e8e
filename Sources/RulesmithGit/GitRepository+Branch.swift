// Branches: listing, looking up, creating and deleting local and remote-tracking branches, and
// setting a local branch's upstream.

import CGit2

/// A local or remote-tracking branch.
public struct GitBranch: Hashable, Sendable {
    /// Local branches live under refs/heads, remote-tracking ones under refs/remotes.
    public enum Kind: Sendable {
        case local, remote

        var raw: git_branch_t { self == .local ? GIT_BRANCH_LOCAL : GIT_BRANCH_REMOTE }
    }

    /// The short name: "main" for a local branch, "origin/main" for a remote-tracking one.
    public let name: String
    /// The full reference name, such as "refs/heads/main".
    public let referenceName: String
    /// Local or remote-tracking.
    public let kind: Kind
    /// The commit the branch points at; nil for a symbolic one such as "origin/HEAD".
    public let target: GitOID?
    /// Whether HEAD points at this branch (in this worktree).
    public let isHead: Bool
    /// The upstream's short name ("origin/main") for a local branch that has one.
    public let upstream: String?

    /// "main" from "refs/heads/main", "origin/main" from "refs/remotes/origin/main".
    static func shortName(of reference: String) -> String {
        for prefix in ["refs/heads/", "refs/remotes/"] where reference.hasPrefix(prefix) {
            return String(reference.dropFirst(prefix.count))
        }
        return reference
    }
}

extension GitRepository {
    /// The branches of `kind` (both kinds when nil), in reference order.
    ///
    /// - Throws: `GitError` when the references cannot be read.
    public func branches(_ kind: GitBranch.Kind? = nil) throws(GitError) -> [GitBranch] {
        var iterator: OpaquePointer?
        try check(git_branch_iterator_new(&iterator, handle, kind?.raw ?? GIT_BRANCH_ALL), "list branches")
        defer { git_branch_iterator_free(iterator) }
        var result = [GitBranch]()
        while true {
            var reference: OpaquePointer?
            var type = GIT_BRANCH_LOCAL
            let code = git_branch_next(&reference, &type, iterator)
            if code == GIT_ITEROVER.rawValue {
                git_error_clear()
                break
            }
            try check(code, "list branches")
            defer { git_reference_free(reference) }
            result.append(try branch(from: reference, kind: type == GIT_BRANCH_REMOTE ? .remote : .local))
        }
        return result
    }

    /// The branch with this short name, nil when there is none.
    ///
    /// - Throws: `GitError` when the name is invalid or the references cannot be read.
    public func branch(named name: String, kind: GitBranch.Kind = .local) throws(GitError) -> GitBranch? {
        var reference: OpaquePointer?
        let code = git_branch_lookup(&reference, handle, name, kind.raw)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try check(code, "look up branch \(name)")
        defer { git_reference_free(reference) }
        return try branch(from: reference, kind: kind)
    }

    /// Creates a local branch at `commit` (HEAD's commit when nil).
    ///
    /// - Parameter force: move an existing branch of that name instead of failing.
    /// - Throws: `GitError` when the branch exists (without `force`), is checked out, or HEAD is unborn.
    @discardableResult
    public func createBranch(_ name: String, at commit: GitOID? = nil, force: Bool = false) throws(GitError) -> GitBranch {
        let operation = "create branch \(name)"
        var start = commit
        if start == nil { start = try head().oid }
        guard let start else {
            throw GitError(operation: operation, code: GIT_EUNBORNBRANCH.rawValue,
                           message: "HEAD has no commit yet to start the branch from", reason: .invalidArgument)
        }
        var raw = start.raw
        var object: OpaquePointer?
        try check(git_commit_lookup(&object, handle, &raw), "\(operation): read commit \(start)")
        defer { git_commit_free(object) }
        var reference: OpaquePointer?
        try check(git_branch_create(&reference, handle, name, object, force ? 1 : 0), operation)
        defer { git_reference_free(reference) }
        return try branch(from: reference, kind: .local)
    }

    /// Deletes a branch. libgit2 refuses to delete the checked-out branch.
    ///
    /// - Throws: `GitError` with reason `.notFound` when there is no such branch.
    public func deleteBranch(_ name: String, kind: GitBranch.Kind = .local) throws(GitError) {
        var reference: OpaquePointer?
        try check(git_branch_lookup(&reference, handle, name, kind.raw), "delete branch \(name)")
        defer { git_reference_free(reference) }
        try check(git_branch_delete(reference), "delete branch \(name)")
    }

    /// Sets (or, with nil, removes) the upstream of a local branch, e.g. "origin/main".
    ///
    /// - Throws: `GitError` when either branch does not exist.
    public func setUpstream(of name: String, to upstream: String?) throws(GitError) {
        var reference: OpaquePointer?
        try check(git_branch_lookup(&reference, handle, name, GIT_BRANCH_LOCAL), "set the upstream of \(name)")
        defer { git_reference_free(reference) }
        try check(git_branch_set_upstream(reference, upstream), "set the upstream of \(name) to \(upstream ?? "none")")
    }

    private func branch(from reference: OpaquePointer?, kind: GitBranch.Kind) throws(GitError) -> GitBranch {
        let fullName = string(git_reference_name(reference)) ?? ""
        let target = git_reference_target(reference).map { GitOID($0.pointee) }
        var upstreamName: String?
        if kind == .local {
            var upstream: OpaquePointer?
            let code = git_branch_upstream(&upstream, reference)
            if code == 0 {
                defer { git_reference_free(upstream) }
                upstreamName = string(git_reference_name(upstream)).map(GitBranch.shortName(of:))
            } else {
                // No upstream (or an upstream whose ref is gone) is normal, not an error.
                git_error_clear()
            }
        }
        return GitBranch(
            name: GitBranch.shortName(of: fullName), referenceName: fullName, kind: kind,
            target: target, isHead: git_branch_is_head(reference) == 1, upstream: upstreamName)
    }
}
