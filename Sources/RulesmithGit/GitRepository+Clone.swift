// Cloning: plain paths, file://, https:// and ssh:// URLs, including empty remotes (unborn HEAD).

import CGit2

extension GitRepository {
    /// Clones `url` (a path or a file://, https:// or ssh:// URL) into `path`.
    ///
    /// - Parameters:
    ///   - branch: the branch to check out; the remote's HEAD when nil. From an empty remote,
    ///     HEAD becomes this unborn branch (without it: `init.defaultBranch`, else "master").
    ///   - bare: make a bare clone.
    ///   - credentials: offered when the server asks; retries are capped.
    /// - Throws: `GitError` (reason `.authentication`, `.certificate`, `.notFound` …) when the
    ///   clone fails; libgit2 removes a partly written clone directory.
    public static func clone(
        from url: String, to path: String, branch: String? = nil, bare: Bool = false,
        credentials: GitCredentials = .none
    ) throws(GitError) -> GitRepository {
        try Git.initialize()
        do {
            return try cloneOnce(from: url, to: path, branch: branch, bare: bare, credentials: credentials)
        } catch where error.reason == .notFound && branch != nil {
            // An empty remote advertises no refs, not even HEAD, so no branch can be checked out;
            // clone it and point HEAD at the wanted (unborn) branch, as `git clone -b` does.
            guard let branch, try lsRemote(url: url, credentials: credentials).isEmpty else { throw error }
            let repository = try cloneOnce(from: url, to: path, branch: nil, bare: bare, credentials: credentials)
            try check(git_repository_set_head(repository.handle, "refs/heads/" + branch), "point HEAD at \(branch)")
            return repository
        }
    }

    private static func cloneOnce(
        from url: String, to path: String, branch: String?, bare: Bool, credentials: GitCredentials
    ) throws(GitError) -> GitRepository {
        let operation = "clone \(url) into \(path)"
        var options = git_clone_options()
        try check(git_clone_options_init(&options, UInt32(GIT_CLONE_OPTIONS_VERSION)), "prepare clone options")
        options.bare = bare ? 1 : 0
        options.fetch_opts.follow_redirects = RemoteCallbackContext.redirects
        let context = RemoteCallbackContext(credentials: credentials)
        return try context.withCallbacks { (callbacks) throws(GitError) -> GitRepository in
            options.fetch_opts.callbacks = callbacks
            var raw: OpaquePointer?
            let code: Int32
            if let branch {
                code = branch.withCString { name in
                    options.checkout_branch = name
                    return git_clone(&raw, url, path, &options)
                }
            } else {
                code = git_clone(&raw, url, path, &options)
            }
            if code < 0 { throw context.error(code, operation: operation) }
            return try adopt(raw, operation: operation)
        }
    }
}
