// Who makes a commit: the identity value type, and reading it the way git does, from the
// GIT_AUTHOR_* / GIT_COMMITTER_* environment variables first, then `author.*` / `committer.*`,
// then `user.name` / `user.email` (and $EMAIL), with an error naming the missing key.

import CGit2
import Foundation

/// A commit identity with an optional fixed time.
public struct GitSignature: Hashable, Sendable {
    /// The person's name.
    public var name: String
    /// The e-mail address.
    public var email: String
    /// Seconds since 1970 UTC; nil means "now" when the commit is made.
    public var time: Int64?
    /// The time zone offset in minutes east of UTC (used with `time`).
    public var offsetMinutes: Int32

    /// Makes an identity; without `time` the commit records the moment it is made.
    public init(name: String, email: String, time: Int64? = nil, offsetMinutes: Int32 = 0) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// Runs `body` with a libgit2 signature, freed afterwards.
    func withRaw<R>(_ body: (UnsafeMutablePointer<git_signature>) throws(GitError) -> R) throws(GitError) -> R {
        var raw: UnsafeMutablePointer<git_signature>?
        if let time {
            try check(git_signature_new(&raw, name, email, git_time_t(time), offsetMinutes),
                      "make the signature \(name) <\(email)>")
        } else {
            try check(git_signature_now(&raw, name, email), "make the signature \(name) <\(email)>")
        }
        defer { git_signature_free(raw) }
        guard let raw else {
            throw GitError(operation: "make the signature \(name) <\(email)>", message: "libgit2 returned none")
        }
        return try body(raw)
    }
}

/// Which identity of a commit to read.
public enum GitSignatureRole: String, Sendable {
    case author, committer
}

extension GitRepository {
    /// The identity git would use for `role`: `GIT_AUTHOR_NAME`/`GIT_AUTHOR_EMAIL`/`GIT_AUTHOR_DATE`
    /// (or the `GIT_COMMITTER_*` ones), else `author.name`/`committer.name` and `user.name`,
    /// `author.email`/`committer.email`, `user.email` and `$EMAIL`. Empty values count as unset.
    ///
    /// - Parameter environment: the variables to honour (the process's by default).
    /// - Throws: `GitError` with reason `.missingIdentity(key:)` naming `user.name` or
    ///   `user.email` when no source has it; `.invalidArgument` for an unreadable date.
    public func signature(
        _ role: GitSignatureRole = .author,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GitError) -> GitSignature {
        try GitSignature.resolve(role, environment: environment) { (key) throws(GitError) -> String? in
            try config(string: key)
        }
    }
}

extension Git {
    /// The identity git would use for `role` outside any repository: the environment, then the
    /// global, XDG and system config files (as `GitRepository.signature` does, minus `.git/config`).
    ///
    /// - Throws: `GitError` with reason `.missingIdentity(key:)` when no source has it.
    public static func signature(
        _ role: GitSignatureRole = .author,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GitError) -> GitSignature {
        try initialize()
        var config: OpaquePointer?
        try check(git_config_open_default(&config), "read the git config")
        defer { git_config_free(config) }
        var snapshot: OpaquePointer?
        try check(git_config_snapshot(&snapshot, config), "read the git config")
        defer { git_config_free(snapshot) }
        return try GitSignature.resolve(role, environment: environment) { (key) throws(GitError) -> String? in
            var value: UnsafePointer<CChar>?
            let code = git_config_get_string(&value, snapshot, key)
            if code == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                return nil
            }
            try check(code, "read \(key)")
            return string(value)
        }
    }
}

extension GitSignature {
    /// Resolves an identity from `environment` and config values read through `config`.
    static func resolve(
        _ role: GitSignatureRole, environment: [String: String], config: (String) throws(GitError) -> String?
    ) throws(GitError) -> GitSignature {
        let prefix = role == .author ? "GIT_AUTHOR" : "GIT_COMMITTER"
        func nonEmpty(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        func lookup(_ variable: String, _ keys: [String]) throws(GitError) -> String? {
            if let value = nonEmpty(environment[variable]) { return value }
            for key in keys {
                if let value = nonEmpty(try config(key)) { return value }
            }
            return nil
        }
        guard let name = try lookup("\(prefix)_NAME", ["\(role.rawValue).name", "user.name"]) else {
            throw GitError(
                operation: "read the \(role.rawValue) identity",
                message: "user.name is not set; run git config user.name \"Your Name\" or set \(prefix)_NAME",
                reason: .missingIdentity(key: "user.name"))
        }
        guard let email = try lookup("\(prefix)_EMAIL", ["\(role.rawValue).email", "user.email"])
            ?? nonEmpty(environment["EMAIL"])
        else {
            throw GitError(
                operation: "read the \(role.rawValue) identity",
                message: "user.email is not set; run git config user.email you@example.com or set \(prefix)_EMAIL",
                reason: .missingIdentity(key: "user.email"))
        }
        var signature = GitSignature(name: name, email: email)
        if let date = nonEmpty(environment["\(prefix)_DATE"]) {
            guard let parsed = GitDate.parse(date) else {
                throw GitError(
                    operation: "read \(prefix)_DATE",
                    message: "'\(date)' is not '<seconds> <+hhmm>', '@<seconds>' or ISO 8601",
                    reason: .invalidArgument)
            }
            signature.time = parsed.seconds
            signature.offsetMinutes = parsed.offsetMinutes
        }
        return signature
    }
}
