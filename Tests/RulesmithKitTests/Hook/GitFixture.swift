import Foundation
import RulesmithTestSupport
import RulesmithGit
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A real git repository in a temporary folder, driven with the git CLI under a hermetic
/// environment (no user or system config, a fixed identity); libgit2 in this process is kept away
/// from the machine's global config too.
final class GitFixture {
    static let emptyConfig: String = {
        let path = NSTemporaryDirectory() + "rulesmith-hook-tests-noconfig"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for level in [Git.ConfigLevel.global, .xdg, .system, .programData] {
            try? Git.setConfigSearchPath(level, to: path)
        }
        return path
    }()

    /// The scratch folder (symlinks resolved, so paths compare with what libgit2 reports).
    let scratch: String
    /// The repository's work tree, `<scratch>/repo`.
    let root: String

    init(files: [String: String] = [:]) throws {
        _ = Self.emptyConfig
        var template = Array((NSTemporaryDirectory() + "rulesmith-hook-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw FixtureError("mkdtemp failed") }
        scratch = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
        root = scratch + "/repo"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        if !files.isEmpty {
            for (path, text) in files { try write(path, text) }
            try git("add", "-A")
            try git("commit", "-qm", "initial")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    /// The environment the git CLI runs with here.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        GitTestEnvironment.isolated(home: emptyConfig, name: "Hook Test", email: "hook@example.com", extra)
    }

    typealias Run = Subprocess.Result

    /// Runs the git CLI in `directory` (the work tree by default); throws on failure unless allowed.
    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        try run("/usr/bin/git", arguments, in: directory ?? root, env: env, allowFailure: allowFailure)
    }

    /// Runs any program with the hermetic environment.
    @discardableResult
    func run(_ program: String, _ arguments: [String], in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        let result = try Subprocess.run(program, arguments, in: directory ?? root, environment: Self.environment(env))
        if result.status != 0 && !allowFailure {
            throw FixtureError("\(program) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result
    }

    /// Writes a work-tree file (relative to the root, or absolute), creating folders.
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

    /// The permission bits of a file.
    func mode(_ path: String) -> Int {
        var info = stat()
        guard lstat(path.hasPrefix("/") ? path : root + "/" + path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }

    var headMessage: String { (try? git("log", "-1", "--format=%s").stdout.trimmingCharacters(in: .newlines)) ?? "" }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
