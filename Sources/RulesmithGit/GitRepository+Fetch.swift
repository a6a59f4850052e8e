// Fetching from a remote, and asking a remote for its refs without fetching (ls-remote), which is
// how "is the cache up to date" is answered cheaply.

import CGit2

/// A ref advertised by a remote.
public struct GitRemoteHead: Hashable, Sendable {
    /// The full ref name ("HEAD", "refs/heads/main", "refs/tags/v1").
    public let name: String
    /// The object it points at.
    public let oid: GitOID
    /// For a symbolic ref such as HEAD, the ref it points to when the server says so.
    public let symrefTarget: String?
}

extension GitRepository {
    /// Fetches from `remote` (a configured name, or a URL or path), updating remote-tracking refs.
    ///
    /// - Parameters:
    ///   - refspecs: what to fetch; the remote's configured refspecs when empty.
    ///   - prune: delete remote-tracking refs that the remote no longer has.
    /// - Throws: `GitError` when the remote cannot be reached or refuses.
    public func fetch(
        remote: String = "origin", refspecs: [String] = [], prune: Bool = false,
        credentials: GitCredentials = .none
    ) throws(GitError) {
        let operation = "fetch from \(remote)"
        try withRemote(remote, operation: operation) { (handle) throws(GitError) in
            try Self.fetch(handle, refspecs: refspecs, prune: prune, credentials: credentials, operation: operation)
        }
    }

    /// Fetches through an open remote handle.
    static func fetch(
        _ handle: OpaquePointer, refspecs: [String], prune: Bool, credentials: GitCredentials, operation: String
    ) throws(GitError) {
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "prepare fetch options")
        options.prune = prune ? GIT_FETCH_PRUNE : GIT_FETCH_PRUNE_UNSPECIFIED
        options.follow_redirects = RemoteCallbackContext.redirects
        let context = RemoteCallbackContext(credentials: credentials)
        try context.withCallbacks { (callbacks) throws(GitError) in
            options.callbacks = callbacks
            let code = withStrArray(refspecs) { array in
                refspecs.isEmpty
                    ? git_remote_fetch(handle, nil, &options, nil)
                    : git_remote_fetch(handle, &array, &options, nil)
            }
            if code < 0 { throw context.error(code, operation: operation) }
        }
    }

    /// The refs `remote` (a configured name, or a URL or path) advertises, without fetching.
    ///
    /// - Throws: `GitError` when the remote cannot be reached or refuses.
    public func lsRemote(_ remote: String = "origin", credentials: GitCredentials = .none) throws(GitError) -> [GitRemoteHead] {
        // A detached remote skips the config lookups that leak in libgit2 1.5.1.
        try Self.lsRemote(url: try remoteURL(remote) ?? remote, credentials: credentials)
    }

    /// The refs the repository at `url` advertises; needs no local repository.
    ///
    /// - Throws: `GitError` when the remote cannot be reached or refuses.
    public static func lsRemote(url: String, credentials: GitCredentials = .none) throws(GitError) -> [GitRemoteHead] {
        try Git.initialize()
        let operation = "list the refs of \(url)"
        var remote: OpaquePointer?
        try check(git_remote_create_detached(&remote, url), operation)
        defer { git_remote_free(remote) }
        let context = RemoteCallbackContext(credentials: credentials)
        var options = git_remote_connect_options()
        try check(git_remote_connect_options_init(&options, UInt32(GIT_REMOTE_CONNECT_OPTIONS_VERSION)), "prepare connect options")
        options.follow_redirects = RemoteCallbackContext.redirects
        return try context.withCallbacks { (callbacks) throws(GitError) -> [GitRemoteHead] in
            options.callbacks = callbacks
            let code = git_remote_connect_ext(remote, GIT_DIRECTION_FETCH, &options)
            if code < 0 { throw context.error(code, operation: operation) }
            defer { _ = git_remote_disconnect(remote) }
            var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
            var count = 0
            try check(git_remote_ls(&heads, &count, remote), operation)
            var result = [GitRemoteHead]()
            result.reserveCapacity(count)
            for position in 0..<count {
                guard let head = heads?[position]?.pointee else { continue }
                result.append(GitRemoteHead(
                    name: string(head.name) ?? "", oid: GitOID(head.oid), symrefTarget: string(head.symref_target)))
            }
            return result
        }
    }

    /// The commit `branch` points at on `remote`, asked live (no fetch); nil when the remote has
    /// no such branch.
    ///
    /// - Throws: `GitError` when the remote cannot be reached or refuses.
    public func remoteBranchHead(
        remote: String = "origin", branch: String, credentials: GitCredentials = .none
    ) throws(GitError) -> GitOID? {
        let reference = branch.hasPrefix("refs/") ? branch : "refs/heads/" + branch
        return try lsRemote(remote, credentials: credentials).first { $0.name == reference }?.oid
    }
}
