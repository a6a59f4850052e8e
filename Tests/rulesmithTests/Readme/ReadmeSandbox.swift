import Foundation
import RulesmithTestSupport

/// A throwaway world for the README's commands: its own HOME and XDG folders (so the default
/// registry and sync's cache are fresh), `rulesmith` (the built binary) first on PATH, no network
/// (proxies that refuse), and local bare remotes standing in for `git.example.com`.
///
/// Substitution: `https://git.example.com/PATH` and `git@git.example.com:PATH` in a command or a
/// written file become `file://ROOT/remotes/PATH`; in what a command prints, the remote folder is
/// written back as `https://git.example.com/` and the sandbox root is removed (so a path prints as
/// `/repo/...`).
final class ReadmeSandbox {
    let root: String
    /// The folder the first command runs in.
    var directory: String
    var home: String { root + "/home" }
    var remotes: String { root + "/remotes" }

    init(fixture: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString.prefix(8))")
            .resolvingSymlinksInPath().path
        directory = root
        try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/bin/rulesmith", withDestinationPath: Rulesmith.executable.path)
        try write(home + "/.gitconfig", "[init]\n\tdefaultBranch = main\n[user]\n\tname = Dana Lead\n\temail = dana@example.com\n")
        try ReadmeFixtures.build(fixture, in: self)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The environment every command of the sandbox gets.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { variable in
            !variable.key.hasPrefix("GIT_") && !variable.key.hasPrefix("RULESMITH_") && !variable.key.hasPrefix("XDG_")
                && !variable.key.lowercased().hasSuffix("_proxy")
        }
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = home + "/.config"
        env["XDG_DATA_HOME"] = home + "/.local/share"
        env["XDG_CACHE_HOME"] = home + "/.cache"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["NO_COLOR"] = "1"
        env["TERM"] = "dumb"
        env["PATH"] = root + "/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        // Web links in examples (`--fetch`, `https://x.dev/`) fail at once instead of leaving the machine.
        for proxy in ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] {
            env[proxy] = "http://127.0.0.1:9"
        }
        env["no_proxy"] = ""
        return env
    }

    /// The text with the example server's URLs pointed at the sandbox's bare remotes.
    func substitute(_ text: String) -> String {
        text.replacingOccurrences(of: "https://git.example.com/", with: "file://" + remotes + "/")
            .replacingOccurrences(of: "git@git.example.com:", with: "file://" + remotes + "/")
    }

    /// What a command printed, as the README would show it.
    func unsubstitute(_ text: String) -> String {
        text.replacingOccurrences(of: "file://" + remotes + "/", with: "https://git.example.com/")
            .replacingOccurrences(of: remotes + "/", with: "https://git.example.com/")
            .replacingOccurrences(of: root, with: "")
    }

    func write(_ path: String, _ text: String, executable: Bool = false) throws {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        if executable { chmod(full, 0o755) }
    }

    /// Runs a shell command line in `folder` with the sandbox's environment.
    @discardableResult
    func shell(_ command: String, in folder: String, stdin: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run("/bin/bash", ["-c", command], in: folder, environment: environment, stdin: stdin.map { Data($0.utf8) })
    }

    /// Runs a set-up command that must succeed.
    func setUp(_ command: String, in folder: String) throws {
        let result = try shell(command, in: folder)
        guard result.status == 0 else {
            throw ReadmeFailure("sandbox set-up failed in \(folder): \(command)\n\(result.output)")
        }
    }
}

/// A set-up step of the sandbox that failed: the README's blocks cannot be judged.
struct ReadmeFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
