import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real git work tree in a temporary folder, driven by the git CLI (which runs hooks, unlike
/// libgit2) under a hermetic environment (`GitTestEnvironment`): the one git fixture that Kit's
/// hook tests (`GitFixture`) and the CLI's end-to-end hook tests (`HookRepository`) build on.
open class ScratchRepository {
    /// Where git's HOME (and so its user configuration) is.
    public enum Home: Sendable {
        /// A folder shared by every fixture of a test target.
        case shared(String)
        /// `<root>/.home`, kept out of git's view by `.git/info/exclude`.
        case inWorkTree
    }

    public typealias Run = Subprocess.Result

    /// The scratch folder (symlinks resolved, so paths compare with what libgit2 reports).
    public let scratch: String
    /// The repository's work tree, `<scratch>/repo`.
    public let root: String
    private let home: String
    private let dropping: [String]

    /// A fresh repository on branch `main`; `files` are written and committed as "initial" (when
    /// there are none, nothing is committed unless `commitEmpty`).
    public init(
        prefix: String, home: Home, dropping: [String] = [], files: [String: String], commitEmpty: Bool = false
    ) throws {
        var template = Array((NSTemporaryDirectory() + prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ScratchRepositoryError("mkdtemp failed") }
        scratch = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
        root = scratch + "/repo"
        self.dropping = dropping
        switch home {
        case .shared(let folder): self.home = folder
        case .inWorkTree: self.home = root + "/.home"
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if case .inWorkTree = home { try FileManager.default.createDirectory(atPath: self.home, withIntermediateDirectories: true) }
        try git("init", "-q", "-b", "main")
        if case .inWorkTree = home { try write(".git/info/exclude", ".home/\n") }
        guard !files.isEmpty || commitEmpty else { return }
        for (path, text) in files { try write(path, text) }
        try git("add", "-A")
        try git("commit", "-qm", "initial")
    }

    deinit { try? FileManager.default.removeItem(atPath: scratch) }

    /// No user or system git config, a fixed identity, no colour, no prompts; `extra` last.
    public func environment(_ extra: [String: String] = [:]) -> [String: String] {
        GitTestEnvironment.isolated(home: home, name: "Hook Test", email: "hook@example.com", dropping: dropping, extra)
    }

    /// Runs the git CLI in `directory` (the work tree by default); throws on failure unless allowed.
    @discardableResult
    public func git(_ arguments: String..., in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        try run("/usr/bin/git", arguments, in: directory, env: env, allowFailure: allowFailure)
    }

    /// Runs any program with the hermetic environment.
    @discardableResult
    public func run(_ program: String, _ arguments: [String], in directory: String? = nil, env: [String: String] = [:], allowFailure: Bool = false) throws -> Run {
        let result = try Subprocess.run(program, arguments, in: directory ?? root, environment: environment(env))
        if result.status != 0 && !allowFailure {
            throw ScratchRepositoryError("\(program) \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result
    }

    /// Writes a work-tree file (relative to the root, or absolute), creating folders.
    public func write(_ path: String, _ text: String, mode: Int? = nil) throws {
        let absolute = self.absolute(path)
        try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: absolute))
        if let mode { chmod(absolute, mode_t(mode)) }
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOfFile: absolute(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(absolute(path), &info) == 0
    }

    /// The permission bits of a file, or -1.
    public func mode(_ path: String) -> Int {
        var info = stat()
        guard lstat(absolute(path), &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o7777)
    }

    /// The subject of the newest commit.
    public var headSubject: String { (try? git("log", "-1", "--format=%s").stdout.trimmingCharacters(in: .newlines)) ?? "" }

    private func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : root + "/" + path }
}

/// A git fixture step that failed, with the command and its output.
public struct ScratchRepositoryError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
