// Pushing, with every ref's result checked: libgit2 returns success even when the server's hook
// declines a ref, so the per-ref statuses from the push_update_reference callback decide.

import CGit2

extension GitRepository {
    /// Pushes `refspecs` ("refs/heads/x", "x:refs/heads/y", "+x" to force) to `remote` (a
    /// configured name, or a URL or path).
    ///
    /// - Returns: the remote refs the server accepted.
    /// - Throws: `GitError` with reason `.nonFastForward(ref:)` when a ref would lose commits,
    ///   `.pushRejected(ref:serverMessage:)` when the server declines a ref (for example
    ///   "pre-receive hook declined"), `.authentication` when credentials run out. Pushes over
    ///   file:// and plain paths skip the remote's hooks.
    @discardableResult
    public func push(
        remote: String = "origin", refspecs: [String], credentials: GitCredentials = .none
    ) throws(GitError) -> [String] {
        let operation = "push \(refspecs.joined(separator: " ")) to \(remote)"
        guard !refspecs.isEmpty else {
            throw GitError(operation: operation, message: "no refspec to push", reason: .invalidArgument)
        }
        return try withRemote(remote, operation: operation) { (handle) throws(GitError) -> [String] in
            try Self.push(handle, refspecs: refspecs, credentials: credentials, operation: operation)
        }
    }

    /// Pushes through an open remote handle and turns every refused ref into an error.
    static func push(
        _ handle: OpaquePointer, refspecs: [String], credentials: GitCredentials, operation: String
    ) throws(GitError) -> [String] {
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "prepare push options")
        options.follow_redirects = RemoteCallbackContext.redirects
        let context = RemoteCallbackContext(credentials: credentials)
        try context.withCallbacks { (callbacks) throws(GitError) in
            options.callbacks = callbacks
            let code = withStrArray(refspecs) { array in git_remote_push(handle, &array, &options) }
            if code < 0 { throw context.error(code, operation: operation) }
        }
        for (ref, status) in context.pushStatuses {
            guard let status else { continue }
            if status.contains("non-fast-forward") || status.contains("fetch first") {
                throw GitError(
                    operation: operation, code: GIT_ENONFASTFORWARD.rawValue,
                    message: "\(ref) rejected: \(status)", reason: .nonFastForward(ref: ref))
            }
            throw GitError(
                operation: operation, message: "\(ref) rejected by the server: \(status)",
                reason: .pushRejected(ref: ref, serverMessage: status))
        }
        return context.pushStatuses.map(\.ref)
    }
}
