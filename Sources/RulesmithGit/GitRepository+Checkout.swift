// Moving the work tree: a safe branch checkout that refuses to clobber local changes and names the
// files in the way, and a hard reset for cache clones that rulesmith owns.

import CGit2

/// Collects the paths libgit2 reports through checkout notifications.
private final class CheckoutConflicts {
    var paths: [String] = []
}

/// A non-capturing C callback; the collector comes through the payload.
private let collectConflict: git_checkout_notify_cb = { _, path, _, _, _, payload in
    guard let payload, let path else { return 0 }
    Unmanaged<CheckoutConflicts>.fromOpaque(payload).takeUnretainedValue().paths.append(String(cString: path))
    return 0
}

extension GitRepository {
    /// Switches HEAD and the work tree to the local branch `name`, updating only files that do not
    /// hold local changes (git's safe strategy).
    ///
    /// - Throws: `GitError` with reason `.checkoutConflict(paths:)` naming the files whose local
    ///   changes (or untracked files) would be overwritten; `.notFound` for an unknown branch.
    public func checkout(branch name: String) throws(GitError) {
        let operation = "check out \(name)"
        var reference: OpaquePointer?
        try check(git_branch_lookup(&reference, handle, name, GIT_BRANCH_LOCAL), operation)
        defer { git_reference_free(reference) }
        var commit: OpaquePointer?
        try check(git_reference_peel(&commit, reference, GIT_OBJECT_COMMIT), "\(operation): read its commit")
        defer { git_object_free(commit) }

        var options = git_checkout_options()
        try check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "prepare checkout options")
        options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
        options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT.rawValue
        options.notify_cb = collectConflict
        let conflicts = CheckoutConflicts()
        let code = withExtendedLifetime(conflicts) {
            options.notify_payload = Unmanaged.passUnretained(conflicts).toOpaque()
            return git_checkout_tree(handle, commit, &options)
        }
        if code == GIT_ECONFLICT.rawValue {
            let error = GitError.last(code, operation: operation)
            let paths = conflicts.paths.sorted()
            throw GitError(
                operation: operation, code: code,
                message: "local changes would be overwritten in " + paths.joined(separator: ", ")
                    + (error.message.isEmpty ? "" : " (\(error.message))"),
                reason: .checkoutConflict(paths: paths))
        }
        try check(code, operation)
        guard let fullName = string(git_reference_name(reference)) else {
            throw GitError(operation: operation, message: "the branch reference has no name")
        }
        try check(git_repository_set_head(handle, fullName), "\(operation): move HEAD")
    }

    /// Moves HEAD's branch (or a detached HEAD), the index and the work tree to `commit`,
    /// discarding every local change to tracked files (`git reset --hard`). Untracked files stay.
    /// Meant for cache clones that only rulesmith writes to.
    ///
    /// - Throws: `GitError` with reason `.notFound` when the commit does not exist.
    public func resetHard(to commit: GitOID) throws(GitError) {
        var raw = commit.raw
        var object: OpaquePointer?
        try check(git_object_lookup(&object, handle, &raw, GIT_OBJECT_COMMIT), "reset to \(commit)")
        defer { git_object_free(object) }
        try check(git_reset(handle, object, GIT_RESET_HARD, nil), "reset --hard to \(commit)")
    }
}
