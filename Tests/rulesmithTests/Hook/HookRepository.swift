import Foundation
import RulesmithTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A real repository in a temporary folder for end-to-end hook tests: the git CLI (which runs
/// hooks, unlike libgit2) under a hermetic environment, and the built `rulesmith` binary.
final class HookRepository {
    /// RS002 (a suppression naming an unknown rule) raised to error: a finding that stays put as
    /// the rule catalogue grows.
    static let config = "lint:\n  rules:\n    RS002: error\n"
    static let good = "# Rules\n\n- Run the tests.\n"
    static let bad = "# Rules\n\n- Run the tests.\n<!-- rulesmith-disable-next-line NOPE999 -->\n- Keep it short.\n"

    let scratch: String
    let root: String

    typealias Run = Subprocess.Result

    init(files: [String: String] = [".rulesmith.yml": HookRepository.config, "README.md": "readme\n"]) throws {
        var template = Array((NSTemporaryDirectory() + "rulesmith-hook-cli-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw HookTestError("mkdtemp failed") }
        scratch = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
        root = scratch + "/repo"
        try FileManager.default.createDirectory(atPath: root + "/.home", withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        for (path, text) in files { try write(path, text) }
        try write(".git/info/exclude", ".home/\n")
        try git("add", "-A")
        try git("commit", "-qm", "initial")
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    /// No user or system git config, a fixed identity, no colour, no prompts.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        GitTestEnvironment.isolated(home: root + "/.home", name: "Hook Test", email: "hook@example.com", dropping: ["PRE_COMMIT"], extra)
    }

    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        try run("/usr/bin/git", arguments, in: directory, env: env, allowFailure: allowFailure)
    }

    /// The built rulesmith binary, run in the work tree (or `directory`).
    @discardableResult
    func rulesmith(_ arguments: String..., in directory: String? = nil, env: [String: String] = [:]) throws -> Run {
        try run(Rulesmith.executable.path, arguments, in: directory, env: env, allowFailure: true)
    }

    /// `git commit -m message` plus extra arguments; never throws on a blocked commit.
    func commit(_ message: String, _ extra: String..., in directory: String? = nil, env: [String: String] = [:]) throws -> Run {
        try run("/usr/bin/git", ["commit", "-m", message] + extra, in: directory, env: env, allowFailure: true)
    }

    @discardableResult
    func run(_ program: String, _ arguments: [String], in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        let result = try Subprocess.run(program, arguments, in: directory ?? root, environment: environment(env))
        if result.status != 0 && !allowFailure {
            throw HookTestError("\(program) \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result
    }

    func write(_ path: String, _ text: String, mode: Int? = nil) throws {
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: absolute))
        if let mode { chmod(absolute, mode_t(mode)) }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path.hasPrefix("/") ? path : root + "/" + path, encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path.hasPrefix("/") ? path : root + "/" + path, &info) == 0
    }

    func mode(_ path: String) -> Int {
        var info = stat()
        guard lstat(path.hasPrefix("/") ? path : root + "/" + path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }

    /// The subject of the newest commit.
    var head: String { (try? git("log", "-1", "--format=%s").stdout.trimmingCharacters(in: .newlines)) ?? "" }
}

struct HookTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
