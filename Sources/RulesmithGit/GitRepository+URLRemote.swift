// Fetching from and pushing to a URL through a remote made by `git_remote_create_with_opts`
// without `insteadOf` rewriting. libgit2 1.5.1 leaks ~0.4 MB of pcre2 match data on every
// `git_remote_lookup` or `git_remote_create_anonymous` (both read the config with a regex); this
// path reads no config, so a process that syncs hundreds of repositories stays flat in memory.

import CGit2

extension GitRepository {
    /// Fetches `refspecs` (with destinations, e.g. "+refs/heads/main:refs/remotes/origin/main")
    /// from `url` without looking up a configured remote; `url.<base>.insteadOf` is not applied.
    ///
    /// - Throws: `GitError` when the remote cannot be reached or refuses.
    public func fetch(url: String, refspecs: [String], credentials: GitCredentials = .none) throws(GitError) {
        let operation = "fetch from \(url)"
        try withURLRemote(url, operation: operation) { (handle) throws(GitError) in
            try Self.fetch(handle, refspecs: refspecs, prune: false, credentials: credentials, operation: operation)
        }
    }

    /// Pushes `refspecs` to `url` without looking up a configured remote, checking every ref's
    /// status as `push(remote:refspecs:credentials:)` does; `url.<base>.insteadOf` is not applied.
    ///
    /// - Returns: the remote refs the server answered for.
    /// - Throws: `GitError` with reason `.nonFastForward(ref:)`, `.pushRejected(ref:serverMessage:)`
    ///   or `.authentication`, or another failure.
    @discardableResult
    public func push(url: String, refspecs: [String], credentials: GitCredentials = .none) throws(GitError) -> [String] {
        let operation = "push \(refspecs.joined(separator: " ")) to \(url)"
        guard !refspecs.isEmpty else {
            throw GitError(operation: operation, message: "no refspec to push", reason: .invalidArgument)
        }
        return try withURLRemote(url, operation: operation) { (handle) throws(GitError) -> [String] in
            try Self.push(handle, refspecs: refspecs, credentials: credentials, operation: operation)
        }
    }

    private func withURLRemote<R>(
        _ url: String, operation: String, _ body: (OpaquePointer) throws(GitError) -> R
    ) throws(GitError) -> R {
        var options = git_remote_create_options()
        try check(
            git_remote_create_options_init(&options, UInt32(GIT_REMOTE_CREATE_OPTIONS_VERSION)), "prepare remote options")
        options.repository = handle
        options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF.rawValue | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC.rawValue
        var remote: OpaquePointer?
        try check(git_remote_create_with_opts(&remote, url, &options), "\(operation): use \(url)")
        defer { git_remote_free(remote) }
        guard let remote else {
            throw GitError(operation: operation, message: "libgit2 returned no remote")
        }
        return try body(remote)
    }
}
