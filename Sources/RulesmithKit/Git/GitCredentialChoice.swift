import Foundation
import RulesmithGit
import RulesmithTemplates

/// Which credentials to offer a remote: `RULESMITH_SSH_KEY` (a private key file, with
/// `RULESMITH_SSH_PASSPHRASE`) or the ssh agent for ssh URLs; `RULESMITH_GIT_TOKEN` for https.
/// They are offered only where `TrustedGitHosts` allows (https or ssh, a trusted server), checked
/// when the server asks, on the URL of the operation.
enum GitCredentialChoice {
    static func credentials(
        for url: String, trusted: TrustedGitHosts, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> GitCredentials {
        let secret = secret(for: url, environment: environment)
        if case .none = secret { return .none }
        return .restricted(secret, to: GitCredentialRecipients { trusted.credentialRefusal(for: $0) })
    }

    /// The trusted servers the environment lists (`RULESMITH_GIT_TRUSTED_HOSTS`).
    static func trustedHosts(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(RulesmithError) -> TrustedGitHosts {
        do {
            return try TrustedGitHosts(environment: environment)
        } catch {
            throw RulesmithError(error.description)
        }
    }

    /// Refuses, before any connection, a git server named in `file` that the environment does not trust.
    static func requireTrusted(_ url: String, what: String, namedIn file: String, trusted: TrustedGitHosts) throws(RulesmithError) {
        if let refusal = trusted.sourceRefusal(url, what: what, namedIn: file) { throw RulesmithError(refusal) }
    }

    private static func secret(for url: String, environment: [String: String]) -> GitCredentials {
        let transport = GitRemoteAddress.parse(url)?.transport
        if transport == .ssh {
            if let key = environment["RULESMITH_SSH_KEY"], !key.isEmpty {
                return .sshKey(privateKey: key, passphrase: environment["RULESMITH_SSH_PASSPHRASE"])
            }
            return .sshAgent()
        }
        // Chosen for http too: the callback then refuses it and says why, instead of a bare 401.
        if transport == .https || transport == .http, let token = environment["RULESMITH_GIT_TOKEN"], !token.isEmpty {
            return .userPassword(username: environment["RULESMITH_GIT_USER"] ?? "x-access-token", password: token)
        }
        return .none
    }
}
