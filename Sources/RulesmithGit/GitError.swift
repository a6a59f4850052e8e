// The one error type of RulesmithGit: which operation failed, libgit2's code and message, and the
// cases callers branch on (non-fast-forward push, server rejection, checkout conflict, missing
// identity) as distinct reasons.

import CGit2

/// A failed git operation: the operation, libgit2's error code and message, and a reason to branch on.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for the cases callers treat differently.
    public enum Reason: Sendable, Equatable {
        /// Any other libgit2 failure; `code` and `message` say which.
        case libgit2
        /// The object, reference, remote or path does not exist.
        case notFound
        /// A push or reference update is not a fast-forward (libgit2 code -11, or the server said so).
        case nonFastForward(ref: String?)
        /// The server refused a ref during a push (for example "pre-receive hook declined").
        case pushRejected(ref: String, serverMessage: String)
        /// A checkout would overwrite local changes to these paths.
        case checkoutConflict(paths: [String])
        /// Authentication failed, or the credential attempts ran out.
        case authentication
        /// The server's certificate or host key was not accepted.
        case certificate
        /// No author or committer identity is configured; `key` names the missing setting.
        case missingIdentity(key: String)
        /// An argument the caller passed is not valid (bad hex, bad date, empty path list …).
        case invalidArgument
        /// libgit2 could not be loaded; `message` says why and what to install.
        case libraryUnavailable
    }

    /// The operation that failed, in words, for example "open repository at /x".
    public let operation: String
    /// libgit2's (negative) error code, or 0 when the error did not come from libgit2.
    public let code: Int32
    /// libgit2's message (read straight after the failing call), or rulesmith's own message.
    public let message: String
    /// The case callers may branch on.
    public let reason: Reason

    /// Makes an error; normally built by the library, public so callers can report their own failures alike.
    public init(operation: String, code: Int32 = 0, message: String, reason: Reason = .libgit2) {
        self.operation = operation
        self.code = code
        self.message = message
        self.reason = reason
    }

    public var description: String {
        // The loader's message is a whole sentence about libgit2; no operation was attempted.
        if reason == .libraryUnavailable { return message }
        let detail = message.isEmpty ? "libgit2 error \(code)" : message
        return "\(operation): \(detail)"
    }

    /// Reads libgit2's thread-local last error right away: any later libgit2 call may overwrite it.
    static func last(_ code: Int32, operation: String) -> GitError {
        var message = ""
        if let error = git_error_last(), let text = error.pointee.message {
            message = String(cString: text)
        }
        git_error_clear()
        return GitError(operation: operation, code: code, message: message, reason: reason(for: code))
    }

    private static func reason(for code: Int32) -> Reason {
        switch code {
        case GIT_ENOTFOUND.rawValue: .notFound
        case GIT_ENONFASTFORWARD.rawValue: .nonFastForward(ref: nil)
        case GIT_EAUTH.rawValue: .authentication
        case GIT_ECERTIFICATE.rawValue: .certificate
        case GIT_EINVALIDSPEC.rawValue: .invalidArgument
        default: .libgit2
        }
    }
}

/// Throws the last libgit2 error when `code` is negative; returns `code` otherwise.
@discardableResult
func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(GitError) -> Int32 {
    if code < 0 { throw GitError.last(code, operation: operation()) }
    return code
}
