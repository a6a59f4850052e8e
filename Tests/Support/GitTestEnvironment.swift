import Foundation

/// The environment a test runs git (and rulesmith) with: none of the machine's git configuration,
/// a fixed identity, no prompts.
public enum GitTestEnvironment {
    /// This process's environment without git's variables (nor those starting with one of
    /// `dropping`), with `home` as HOME, `configHome` (default `home`) as the XDG config folder, no
    /// system or global git config, `name <email>` as author and committer, no prompts and no
    /// colour; `extra` is applied last.
    public static func isolated(
        home: String, configHome: String? = nil, name: String, email: String, dropping prefixes: [String] = [],
        _ extra: [String: String] = [:]
    ) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { variable in
            !(["GIT_"] + prefixes).contains { variable.key.hasPrefix($0) }
        }
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = configHome ?? home
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_AUTHOR_NAME"] = name
        env["GIT_AUTHOR_EMAIL"] = email
        env["GIT_COMMITTER_NAME"] = name
        env["GIT_COMMITTER_EMAIL"] = email
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["NO_COLOR"] = "1"
        for (key, value) in extra { env[key] = value }
        return env
    }
}
