import Foundation
import RulesmithTestSupport

/// A throw-away world for trust-boundary attacks: a git repository (`repo/`), a registry, a
/// template folder and a HOME of its own, with git and rulesmith run under a hermetic environment.
final class TrustSandbox {
    let root: String
    var repo: String { root + "/repo" }
    var registry: String { root + "/registry.sqlite" }
    var templates: String { root + "/templates" }
    var home: String { root + "/home" }

    /// `commit`: make an initial commit (a README) so HEAD exists.
    init(commit: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-trust-\(UUID().uuidString)")
            .resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        if commit {
            try write("repo/README.md", "# Project\n")
            try git("add", "-A")
            try git("commit", "-qm", "initial")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var environment: [String: String] {
        GitTestEnvironment.isolated(
            home: home, name: "Trust Test", email: "trust@example.com", dropping: ["RULESMITH_", "PRE_COMMIT"],
            ["RULESMITH_REGISTRY": registry])
    }

    /// Writes `text` at `path` (relative to the sandbox root), making folders.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let absolute = root + "/" + path
        try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: absolute))
    }

    /// A symbolic link at `path` (relative to the root) whose text is `target`.
    func link(_ path: String, to target: String) throws {
        let absolute = root + "/" + path
        try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: absolute, withDestinationPath: target)
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(root + "/" + path, &info) == 0
    }

    @discardableResult
    func git(_ arguments: String..., in directory: String? = nil) throws -> Subprocess.Result {
        let result = try Subprocess.run("/usr/bin/git", arguments, in: directory ?? repo, environment: environment)
        if result.status != 0 { throw TrustFailure("git \(arguments.joined(separator: " ")): \(result.output)") }
        return result
    }

    /// `git commit` that may be refused by the hook.
    func commit(_ message: String) throws -> Subprocess.Result {
        try Subprocess.run("/usr/bin/git", ["commit", "-m", message], in: repo, environment: environment)
    }

    func rulesmith(_ arguments: [String], in directory: String? = nil, stdin: String? = nil) throws -> Subprocess.Result {
        try Subprocess.run(
            Rulesmith.executable.path, arguments, in: directory ?? repo, environment: environment, stdin: stdin.map { Data($0.utf8) })
    }

    /// Installs rulesmith's pre-commit hook (the git CLI runs it on `git commit`).
    func installHook() throws {
        let result = try rulesmith(["hook", "install"])
        if result.status != 0 { throw TrustFailure("hook install: \(result.output)") }
    }

    /// A bare clone of the repository, for sync to push to.
    func bareRemote() throws -> String {
        let bare = root + "/remote.git"
        try git("clone", "-q", "--bare", repo, bare, in: root)
        return bare
    }

    func head() throws -> String {
        try git("rev-parse", "HEAD").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct TrustFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
