// How to authenticate to a remote: the ssh agent, a key file (with optional passphrase), or a
// username with a password or token for https. File remotes never ask. Whatever the choice, a
// secret is offered only over https or ssh (never plain http or git://), and, when restricted,
// only to a URL its recipients accept; libgit2 is also told never to follow a redirect to another
// host, since it would ask for credentials again naming the first URL.

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
    /// `credentials`, offered only to a URL that `recipients` accepts.
    indirect case restricted(GitCredentials, to: GitCredentialRecipients)

    /// How often libgit2 may ask for a secret before the attempt is abandoned; libgit2 asks again
    /// after every rejection, which would otherwise loop until the server hangs up.
    static let maximumAttempts = 3
}

/// Decides whether credentials may be offered to the URL of a remote operation.
public struct GitCredentialRecipients: Sendable {
    /// Nil when the URL may receive the credentials; otherwise why not (the error's message).
    public let refusal: @Sendable (String) -> String?

    public init(refusal: @escaping @Sendable (String) -> String?) {
        self.refusal = refusal
    }
}
