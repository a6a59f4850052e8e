import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A temporary folder for the crash and concurrency tests, with the hermetic environment every
/// rulesmith and git process gets (own HOME, no system git config, a fixed identity), and the
/// file helpers the invariants need: snapshots, restores, leftover temp files.
final class Scratch {
    let root: String
    var logs: String { root + "/logs" }
    var home: String { root + "/home" }

    init(_ name: String) throws {
        var template = Array((NSTemporaryDirectory() + "rulesmith-\(name)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ScratchFailure("mkdtemp failed") }
        root = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        try write(home + "/.gitconfig", "[init]\n\tdefaultBranch = main\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func environment(registry: String, _ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") && !$0.key.hasPrefix("RULESMITH_") }
        env["HOME"] = home
        env["XDG_CONFIG_HOME"] = home + "/.config"
        env["XDG_CACHE_HOME"] = root + "/xdg-cache"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_AUTHOR_NAME"] = "Crash Test"
        env["GIT_AUTHOR_EMAIL"] = "crash@example.com"
        env["GIT_COMMITTER_NAME"] = "Crash Test"
        env["GIT_COMMITTER_EMAIL"] = "crash@example.com"
        env["RULESMITH_REGISTRY"] = registry
        env["NO_COLOR"] = "1"
        for (key, value) in extra { env[key] = value }
        return env
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Runs a program to completion; throws when it fails and `allowFailure` is false.
    @discardableResult
    func run(_ program: String, _ arguments: [String], in directory: String, registry: String = "", allowFailure: Bool = false) throws -> Spawned.Outcome {
        let outcome = try Spawned.run(program, arguments, in: directory, environment: environment(registry: registry), logs: logs)
        if outcome.status != 0, !allowFailure {
            throw ScratchFailure("\(program) \(arguments.joined(separator: " ")) exited \(outcome.status): \(outcome.output)")
        }
        return outcome
    }

    /// Runs git; returns stdout without the final newline.
    @discardableResult
    func git(_ arguments: [String], in directory: String, allowFailure: Bool = false) throws -> String {
        let text = try run("/usr/bin/git", arguments, in: directory, allowFailure: allowFailure).stdout
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// Replaces `destination` with a copy of `source` (modes, links and times kept).
    func restore(_ source: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: destination)
        try run("/bin/cp", ["-a", source, destination], in: root)
    }

    /// Every regular file under `folder`, relative path → bytes; `.git` left out unless asked.
    static func snapshot(_ folder: String, includeGit: Bool = false) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = enumerator.nextObject() as? String {
            if !includeGit, relative == ".git" || relative.hasPrefix(".git/") {
                enumerator.skipDescendants()
                continue
            }
            var info = stat()
            guard lstat(folder + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            files[relative] = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
        }
        return files
    }

    /// Paths under `folder` (`.git` included) whose name marks a temp file of a killed write.
    static func leftovers(_ folder: String) -> [String] {
        var found: [String] = []
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return found }
        while let relative = enumerator.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".rulesmith-tmp-") { found.append(relative) }
        }
        return found.sorted()
    }
}

struct ScratchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
