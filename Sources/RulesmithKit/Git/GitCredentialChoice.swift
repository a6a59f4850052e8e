import Foundation
import RulesmithGit

/// Which credentials to offer a remote: `RULESMITH_SSH_KEY` (a private key file, with
/// `RULESMITH_SSH_PASSPHRASE`) or the ssh agent for ssh URLs; `RULESMITH_GIT_TOKEN` for https.
enum GitCredentialChoice {
    static func credentials(for url: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> GitCredentials {
        let isSSH = url.hasPrefix("ssh://") || (url.contains("@") && url.contains(":") && !url.contains("://"))
        if isSSH {
            if let key = environment["RULESMITH_SSH_KEY"], !key.isEmpty {
                return .sshKey(privateKey: key, passphrase: environment["RULESMITH_SSH_PASSPHRASE"])
            }
            return .sshAgent()
        }
        if url.hasPrefix("https://") || url.hasPrefix("http://"), let token = environment["RULESMITH_GIT_TOKEN"], !token.isEmpty {
            return .userPassword(username: environment["RULESMITH_GIT_USER"] ?? "x-access-token", password: token)
        }
        return .none
    }
}
