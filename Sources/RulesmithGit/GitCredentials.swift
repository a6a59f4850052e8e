// How to authenticate to a remote: the ssh agent, a key file (with optional passphrase), or a
// username with a password or token for https. File remotes never ask.

/// Credentials offered to a remote when it asks for them.
public enum GitCredentials: Sendable {
    /// Offer nothing: works for local paths, file:// and anonymous https.
    case none
    /// Keys held by the running ssh agent (`SSH_AUTH_SOCK`). `username` defaults to the one in
    /// the URL, else "git".
    case sshAgent(username: String? = nil)
    /// An ssh key pair on disk; `publicKey` may be omitted when libssh2 can derive it.
    /// `username` defaults to the one in the URL, else "git". (libssh2 1.10 signs RSA keys with
    /// SHA-1 only, which current OpenSSH servers refuse: prefer ed25519 keys.)
    case sshKey(username: String? = nil, privateKey: String, publicKey: String? = nil, passphrase: String? = nil)
    /// A username and password, or a token in the password slot, for https.
    case userPassword(username: String, password: String)

    /// How often libgit2 may ask for a secret before the attempt is abandoned; libgit2 asks again
    /// after every rejection, which would otherwise loop until the server hangs up.
    static let maximumAttempts = 3
}
