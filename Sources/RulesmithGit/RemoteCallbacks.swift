// The C callbacks shared by clone, fetch, push and ls-remote: credential acquisition with a cap on
// retries, and the per-ref push status the server reports (the only place a hook's rejection is
// visible). The callbacks are non-capturing; their state comes through the payload.
//
// Credentials are checked against the URL libgit2 names when it asks for them, and every operation
// also sets `GIT_REMOTE_REDIRECT_NONE` (`RemoteCallbackContext.redirects`), so a trusted server
// cannot hand the operation, and the secret with it, to another host: such a redirect fails. (Which
// URL libgit2 names after a redirect differs between versions; refusing the redirect does not.)

import CGit2

/// State the C callbacks read and write during one remote operation.
final class RemoteCallbackContext {
    let credentials: GitCredentials
    var secretAttempts = 0
    var usernameAttempts = 0
    /// Set when the callback gave up, so the caller can say why instead of libgit2's generic text.
    var exhausted: String?
    /// Every ref the server answered for, with its status (nil = accepted).
    var pushStatuses: [(ref: String, status: String?)] = []

    init(credentials: GitCredentials) {
        self.credentials = credentials
    }

    /// Never follow a redirect to another host: credentials, and the trust the caller placed in
    /// the URL it named, must not pass to a host it did not name.
    static let redirects = GIT_REMOTE_REDIRECT_NONE

    /// Runs `body` with callbacks whose payload is this context, kept alive for the call.
    func withCallbacks<R>(_ body: (git_remote_callbacks) throws(GitError) -> R) throws(GitError) -> R {
        Git.prepareConnections()
        var callbacks = git_remote_callbacks()
        try check(git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "prepare remote callbacks")
        callbacks.credentials = acquireCredential
        callbacks.push_update_reference = recordPushStatus
        callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
        return try body(callbacks)
    }

    /// Turns a failed remote call into an error, preferring the reason the callback recorded.
    func error(_ code: Int32, operation: String) -> GitError {
        let error = GitError.last(code, operation: operation)
        if let exhausted {
            return GitError(operation: operation, code: code, message: exhausted, reason: .authentication)
        }
        return error
    }

    /// Whether `url` is https or ssh (`ssh://`, `ssh+git://`, `git+ssh://`, or scp-like `host:path`,
    /// which libgit2 sends to ssh), the transports that do not show a secret on the way.
    static func isEncrypted(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if let separator = lowered.range(of: "://") {
            return ["https", "ssh", "ssh+git", "git+ssh"].contains(String(lowered[..<separator.lowerBound]))
        }
        return lowered.contains(":")
    }

    fileprivate func credential(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>,
        url: String, usernameFromURL: String?, allowed: UInt32
    ) -> Int32 {
        func allows(_ type: git_credential_t) -> Bool { allowed & type.rawValue != 0 }
        let defaultUser = usernameFromURL ?? "git"
        var credentials = credentials
        var checks: [GitCredentialRecipients] = []
        while case .restricted(let inner, let recipients) = credentials {
            checks.append(recipients)
            credentials = inner
        }
        if case .none = credentials { return GIT_PASSTHROUGH.rawValue }
        for recipients in checks {
            if let refusal = recipients.refusal(url) { return giveUp(refusal) }
        }
        guard Self.isEncrypted(url) else {
            return giveUp("rulesmith never sends credentials over an unencrypted transport (\(url)); use an https or ssh URL")
        }
        switch credentials {
        case .none, .restricted:
            return GIT_PASSTHROUGH.rawValue
        case .sshAgent(let username), .sshKey(let username, _, _, _):
            let user = username ?? defaultUser
            if allows(GIT_CREDENTIAL_USERNAME) && !allows(GIT_CREDENTIAL_SSH_KEY) {
                usernameAttempts += 1
                guard usernameAttempts <= GitCredentials.maximumAttempts else {
                    return giveUp("the ssh server did not accept the username '\(user)'")
                }
                return git_credential_username_new(out, user)
            }
            guard allows(GIT_CREDENTIAL_SSH_KEY) else {
                return giveUp("the server does not accept ssh keys")
            }
            secretAttempts += 1
            guard secretAttempts <= GitCredentials.maximumAttempts else {
                return giveUp("the ssh key was refused \(GitCredentials.maximumAttempts) times")
            }
            if case .sshKey(_, let privateKey, let publicKey, let passphrase) = credentials {
                return git_credential_ssh_key_new(out, user, publicKey, privateKey, passphrase)
            }
            return git_credential_ssh_key_from_agent(out, user)
        case .userPassword(let username, let password):
            guard allows(GIT_CREDENTIAL_USERPASS_PLAINTEXT) else {
                return giveUp("the server does not accept a username and password")
            }
            secretAttempts += 1
            guard secretAttempts <= GitCredentials.maximumAttempts else {
                return giveUp("the username and password were refused \(GitCredentials.maximumAttempts) times")
            }
            return git_credential_userpass_plaintext_new(out, username, password)
        }
    }

    private func giveUp(_ reason: String) -> Int32 {
        exhausted = reason
        _ = git_error_set_str(Int32(GIT_ERROR_NET.rawValue), reason)
        return GIT_EAUTH.rawValue
    }
}

private let acquireCredential: git_credential_acquire_cb = { out, url, usernameFromURL, allowed, payload in
    guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
    let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload).takeUnretainedValue()
    return context.credential(
        out, url: url.map { String(cString: $0) } ?? "", usernameFromURL: usernameFromURL.map { String(cString: $0) }, allowed: allowed)
}

private let recordPushStatus: git_push_update_reference_cb = { reference, status, payload in
    guard let payload else { return 0 }
    let context = Unmanaged<RemoteCallbackContext>.fromOpaque(payload).takeUnretainedValue()
    context.pushStatuses.append((reference.map { String(cString: $0) } ?? "", status.map { String(cString: $0) }))
    return 0
}
