// Reading and writing configuration values. Reads see the merged view git uses (repository, then
// global, XDG and system files) through a snapshot, so a value cannot change mid-read.

import CGit2

extension GitRepository {
    /// Runs `body` on a read-only snapshot of the merged configuration.
    private func withConfigSnapshot<R>(
        _ operation: String, _ body: (OpaquePointer?) throws(GitError) -> R
    ) throws(GitError) -> R {
        var config: OpaquePointer?
        try check(git_repository_config_snapshot(&config, handle), "\(operation): read the config")
        defer { git_config_free(config) }
        return try body(config)
    }

    /// The string value of `key` ("user.name", "remote.origin.url"), nil when unset.
    ///
    /// - Throws: `GitError` when the config files cannot be read.
    public func config(string key: String) throws(GitError) -> String? {
        try withConfigSnapshot("read \(key)") { (config) throws(GitError) -> String? in
            var value: UnsafePointer<CChar>?
            let code = git_config_get_string(&value, config, key)
            if code == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return nil
            }
            try check(code, "read \(key)")
            // The string belongs to the snapshot, so copy it before the snapshot is freed.
            return string(value)
        }
    }

    /// The boolean value of `key` (git's true/false/yes/no/on/off/1/0), nil when unset.
    ///
    /// - Throws: `GitError` when the value is not a boolean or the files cannot be read.
    public func config(bool key: String) throws(GitError) -> Bool? {
        try withConfigSnapshot("read \(key)") { (config) throws(GitError) -> Bool? in
            var value: Int32 = 0
            let code = git_config_get_bool(&value, config, key)
            if code == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return nil
            }
            try check(code, "read \(key) as a boolean")
            return value != 0
        }
    }

    /// Sets `key` in the repository's own config file (`.git/config`).
    ///
    /// - Throws: `GitError` when the key is invalid or the file cannot be written.
    public func setConfig(_ key: String, string value: String) throws(GitError) {
        try withLocalConfig("set \(key)") { config throws(GitError) in
            try check(git_config_set_string(config, key, value), "set \(key)")
        }
    }

    /// Sets a boolean `key` in the repository's own config file.
    ///
    /// - Throws: `GitError` when the key is invalid or the file cannot be written.
    public func setConfig(_ key: String, bool value: Bool) throws(GitError) {
        try withLocalConfig("set \(key)") { config throws(GitError) in
            try check(git_config_set_bool(config, key, value ? 1 : 0), "set \(key)")
        }
    }

    /// Removes `key` from the repository's own config file; no error when it was not set.
    ///
    /// - Throws: `GitError` when the file cannot be written.
    public func unsetConfig(_ key: String) throws(GitError) {
        try withLocalConfig("unset \(key)") { config throws(GitError) in
            let code = git_config_delete_entry(config, key)
            if code == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return
            }
            try check(code, "unset \(key)")
        }
    }

    private func withLocalConfig(_ operation: String, _ body: (OpaquePointer?) throws(GitError) -> Void) throws(GitError) {
        var merged: OpaquePointer?
        try check(git_repository_config(&merged, handle), "\(operation): open the config")
        defer { git_config_free(merged) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, merged, GIT_CONFIG_LEVEL_LOCAL), "\(operation): open .git/config")
        defer { git_config_free(local) }
        try body(local)
    }
}
