// Process-wide libgit2 set-up: one-time initialisation, the owner-validation switch and the config
// search paths. Every entry point of RulesmithGit calls `Git.initialize()` itself, so callers only
// need this file to change a process-wide option.

import CGit2

/// Process-wide libgit2 settings.
public enum Git {
    /// Runs `git_libgit2_init` exactly once per process; Swift guarantees a static `let` is
    /// initialised once even when several threads race for it.
    private static let initialized: Int32 = git_libgit2_init()

    /// Initialises libgit2 (idempotent, thread-safe).
    ///
    /// - Parameter disableOwnerValidation: when true, repositories owned by another user open
    ///   without a `safe.directory` entry (libgit2 1.5.1 has no `safe.directory=*`). Off unless
    ///   asked; once turned off it stays off for the process.
    public static func initialize(disableOwnerValidation: Bool = false) {
        _ = initialized
        if disableOwnerValidation { _ = rulesmith_git_set_owner_validation(0) }
    }

    /// The linked libgit2 version as "major.minor.revision".
    public static var libgit2Version: String {
        var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
        _ = git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }

    /// The config files libgit2 reads besides the repository's own.
    public enum ConfigLevel: Sendable {
        case system, xdg, global, programData

        var raw: Int32 {
            switch self {
            case .system: GIT_CONFIG_LEVEL_SYSTEM.rawValue
            case .xdg: GIT_CONFIG_LEVEL_XDG.rawValue
            case .global: GIT_CONFIG_LEVEL_GLOBAL.rawValue
            case .programData: GIT_CONFIG_LEVEL_PROGRAMDATA.rawValue
            }
        }
    }

    /// Sets where libgit2 looks for a config level's file (nil restores the default). Applies to
    /// repositories opened afterwards, so call it before any are open; used to isolate a process
    /// (tests, a `--no-global-config` flag).
    ///
    /// - Throws: `GitError` when libgit2 refuses the option.
    public static func setConfigSearchPath(_ level: ConfigLevel, to directory: String?) throws(GitError) {
        initialize()
        let code: Int32
        if let directory {
            code = directory.withCString { rulesmith_git_set_search_path(level.raw, $0) }
        } else {
            code = rulesmith_git_set_search_path(level.raw, nil)
        }
        try check(code, "set the \(level) config search path")
    }
}
