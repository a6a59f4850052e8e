// Remote configuration (names, URLs, adding) and the shared way fetch and push find a remote: a
// configured name, or else a URL or path used anonymously.

import CGit2

extension GitRepository {
    /// The names of the configured remotes, sorted.
    ///
    /// - Throws: `GitError` when the config cannot be read.
    public func remoteNames() throws(GitError) -> [String] {
        var list = git_strarray()
        try check(git_remote_list(&list, handle), "list remotes")
        defer { git_strarray_dispose(&list) }
        var names = [String]()
        for position in 0..<list.count {
            if let name = list.strings[position] { names.append(String(cString: name)) }
        }
        return names.sorted()
    }

    /// The URL configured for remote `name` (`remote.<name>.url`, before `insteadOf` rewriting),
    /// nil when no such remote.
    ///
    /// - Throws: `GitError` when the config cannot be read.
    public func remoteURL(_ name: String) throws(GitError) -> String? {
        // Read from the config rather than git_remote_lookup, which leaks ~147 KB of pcre2 data
        // per call in libgit2 1.5.1.
        try config(string: "remote.\(name).url")
    }

    /// Changes the URL of remote `name`.
    ///
    /// - Throws: `GitError` when the name is invalid or the config cannot be written.
    public func setRemoteURL(_ name: String, to url: String) throws(GitError) {
        try check(git_remote_set_url(handle, name, url), "set the URL of remote \(name) to \(url)")
    }

    /// Adds remote `name` with the default fetch refspec (`+refs/heads/*:refs/remotes/<name>/*`).
    ///
    /// - Throws: `GitError` when the remote exists or the name is invalid.
    public func addRemote(_ name: String, url: String) throws(GitError) {
        var remote: OpaquePointer?
        let code = git_remote_create(&remote, handle, name, url)
        // The handle is only a by-product: the config entries are what adding a remote means.
        git_remote_free(remote)
        try check(code, "add remote \(name) at \(url)")
    }

    /// Runs `body` with the remote called `nameOrURL`, or, when no remote has that name, an
    /// anonymous remote for that URL or path. Both apply `url.<base>.insteadOf`, and both leak
    /// pcre2 match data inside libgit2 1.5.1 (fixed upstream after 1.5.0, libgit2#6382).
    func withRemote<R>(
        _ nameOrURL: String, operation: String, _ body: (OpaquePointer) throws(GitError) -> R
    ) throws(GitError) -> R {
        var remote: OpaquePointer?
        if try isRemoteName(nameOrURL) {
            try check(git_remote_lookup(&remote, handle, nameOrURL), "\(operation): look up remote \(nameOrURL)")
        } else {
            try check(git_remote_create_anonymous(&remote, handle, nameOrURL), "\(operation): use \(nameOrURL)")
        }
        defer { git_remote_free(remote) }
        guard let remote else {
            throw GitError(operation: operation, message: "libgit2 returned no remote")
        }
        return try body(remote)
    }

    private func isRemoteName(_ candidate: String) throws(GitError) -> Bool {
        var valid: Int32 = 0
        guard git_remote_name_is_valid(&valid, candidate) == 0, valid == 1 else {
            git_error_clear()
            return false
        }
        return try remoteURL(candidate) != nil
    }
}
