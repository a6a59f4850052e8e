// Process-wide libgit2 set-up: loading and one-time initialisation, the owner-validation switch and
// the config search paths. Every entry point of RulesmithGit calls `Git.initialize()` itself, so
// callers only need this file to change a process-wide option.

import CGit2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide libgit2 settings.
public enum Git {
    /// Loads libgit2 and runs `git_libgit2_init` exactly once per process; nil on success, else why
    /// not. Swift guarantees a static `let` is initialised once even when several threads race for it.
    private static let loadFailure: String? = {
        // libgit2 is loaded on first use (see CGit2.h); a missing library must be an error, and
        // the stubs would exit the process instead.
        if let failure = rulesmith_git2_load_error() { return String(cString: failure) }
        if git_libgit2_init() < 0 { return "libgit2 failed to initialise" }
        // libgit2 writes to sockets without MSG_NOSIGNAL: a server that hangs up first (a 401 or
        // a redirect followed by a reset, then TLS's close_notify) would kill the process with
        // SIGPIPE, no message and no exit code. Ignored, the write fails with EPIPE and the
        // operation reports an error.
        signal(SIGPIPE, SIG_IGN)
        return nil
    }()

    /// `SSL_CERT_FILE` / `SSL_CERT_DIR`, applied once, before the first connection. Not at start-up:
    /// libgit2 parses every certificate a folder holds (about 14 ms for /etc/ssl/certs), a cost the
    /// commit hook, which never connects, paid on every commit.
    private static let environmentCertificates: Void = {
        useCertificateLocations(file: getenv("SSL_CERT_FILE"), folder: getenv("SSL_CERT_DIR"))
    }()

    /// Makes the certificates of the environment trusted for https; every operation that connects
    /// (clone, fetch, ls-remote, push) calls it before connecting.
    static func prepareConnections() {
        _ = environmentCertificates
    }

    /// Makes https trust the certificates in `SSL_CERT_FILE` / `SSL_CERT_DIR` when either is set,
    /// as curl and OpenSSL-based git do (a company CA, a test server); libgit2's TLS library does
    /// not read them itself. A file it cannot load leaves the defaults, and https then fails on the
    /// certificate, naming the host.
    private static func useCertificateLocations(file: UnsafeMutablePointer<CChar>?, folder: UnsafeMutablePointer<CChar>?) {
        let file = file.flatMap { $0.pointee == 0 ? nil : $0 }
        let folder = folder.flatMap { $0.pointee == 0 ? nil : $0 }
        guard file != nil || folder != nil else { return }
        _ = rulesmith_git_set_ssl_cert_locations(file, folder)
    }

    /// Makes https trust only the certificates in `file` (PEM) and `folder` from now on, for the
    /// whole process (what `SSL_CERT_FILE` / `SSL_CERT_DIR` do at start-up).
    ///
    /// - Throws: `GitError` when libgit2 cannot load them.
    public static func useCertificates(file: String?, folder: String? = nil) throws(GitError) {
        try initialize()
        // The environment's first, so these replace them as they did when the environment's were
        // applied at start-up.
        prepareConnections()
        let code = file.withOptionalCString { file in folder.withOptionalCString { rulesmith_git_set_ssl_cert_locations(file, $0) } }
        try check(code, "load the certificates in \(file ?? folder ?? "")")
    }

    /// Loads and initialises libgit2 (idempotent, thread-safe).
    ///
    /// - Parameter disableOwnerValidation: when true, repositories owned by another user open
    ///   without a `safe.directory` entry (libgit2 1.5.1 has no `safe.directory=*`). Off unless
    ///   asked; once turned off it stays off for the process.
    /// - Throws: `GitError` with reason `.libraryUnavailable` when libgit2 cannot be loaded.
    public static func initialize(disableOwnerValidation: Bool = false) throws(GitError) {
        if let loadFailure {
            throw GitError(operation: "load libgit2", message: loadFailure, reason: .libraryUnavailable)
        }
        if disableOwnerValidation { _ = rulesmith_git_set_owner_validation(0) }
    }

    /// The loaded libgit2 version as "major.minor.revision".
    ///
    /// - Throws: `GitError` with reason `.libraryUnavailable` when libgit2 cannot be loaded.
    public static var libgit2Version: String {
        get throws(GitError) {
            try initialize()
            var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
            _ = git_libgit2_version(&major, &minor, &revision)
            return "\(major).\(minor).\(revision)"
        }
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
        try initialize()
        let code: Int32
        if let directory {
            code = directory.withCString { rulesmith_git_set_search_path(level.raw, $0) }
        } else {
            code = rulesmith_git_set_search_path(level.raw, nil)
        }
        try check(code, "set the \(level) config search path")
    }
}

private extension Optional where Wrapped == String {
    /// Calls `body` with a C string of the value, or with nil.
    func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let self else { return body(nil) }
        return self.withCString { body($0) }
    }
}
