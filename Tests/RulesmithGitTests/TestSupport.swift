// Shared test fixtures: temporary directories, a hermetic `git` CLI runner (no user or system
// config, fixed identity), libgit2 isolated from the machine's global config, free loopback ports.

import Foundation
import RulesmithTestSupport
import RulesmithGit
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Process-wide test set-up, run once: libgit2 must not see the machine's ~/.gitconfig.
enum TestEnvironment {
    static let emptyConfigDirectory: String = {
        let path = NSTemporaryDirectory() + "rulesmith-git-tests-noconfig"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for level in [Git.ConfigLevel.global, .xdg, .system, .programData] {
            try? Git.setConfigSearchPath(level, to: path)
        }
        return path
    }()

    static func setUp() { _ = emptyConfigDirectory }
}

/// A temporary directory removed when the value is released.
final class Scratch {
    let path: String

    init() throws {
        TestEnvironment.setUp()
        var template = Array((NSTemporaryDirectory() + "rulesmith-git-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed") }
        // Resolve symlinks so paths compare equal with what libgit2 reports.
        path = URL(fileURLWithPath: String(cString: made)).resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func sub(_ name: String) -> String { path + "/" + name }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The environment for the git CLI: no user/system config, a fixed identity, no prompts.
func gitEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
    GitTestEnvironment.isolated(home: TestEnvironment.emptyConfigDirectory, name: "CLI Author", email: "cli@example.com", extra)
}

/// Runs the git CLI in `directory` and returns its standard output without the final newline.
@discardableResult
func git(_ arguments: String..., in directory: String, env: [String: String] = [:], allowFailure: Bool = false) throws -> String {
    let result = try Subprocess.run("/usr/bin/git", arguments, in: directory, environment: gitEnvironment(env))
    let text = result.stdout
    if result.status != 0 && !allowFailure {
        throw TestFailure("git \(arguments.joined(separator: " ")) failed (\(result.status)): " + result.stderr)
    }
    return text.hasSuffix("\n") ? String(text.dropLast()) : text
}

func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A fixed identity so commits are reproducible.
let testAuthor = GitSignature(name: "Rule Smith", email: "rules@example.com", time: 1_700_000_000, offsetMinutes: 60)

/// A repository made with the git CLI: `main` with one commit of `files`.
func makeRepository(at path: String, files: [String: String] = ["README.md": "hello\n"]) throws {
    try git("init", "-q", "-b", "main", path, in: "/")
    for (name, text) in files { try write(text, to: path + "/" + name) }
    try git("add", "-A", in: path)
    try git("commit", "-q", "-m", "initial", in: path)
}

/// A free TCP port on 127.0.0.1 (bound once and released, so a short race is possible).
func freeLoopbackPort() throws -> UInt16 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw TestFailure("socket failed") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    guard bound else { throw TestFailure("bind failed") }
    return UInt16(bigEndian: address.sin_port)
}

/// Whether something accepts connections on 127.0.0.1:`port`.
func isListening(_ port: UInt16) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = port.bigEndian
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
        }
    }
}

/// Starts a server process and waits (bounded) until it listens on `port`; the caller terminates it.
func startServer(_ executable: String, _ arguments: [String], port: UInt16, in directory: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = gitEnvironment()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    for _ in 0..<200 {
        if isListening(port) { return process }
        if !process.isRunning { break }
        usleep(25_000)
    }
    process.terminate()
    process.waitUntilExit()
    throw TestFailure("\(executable) did not start listening on port \(port)")
}

/// Kills a server started by `startServer`. SIGKILL, because SIGTERM may be ignored when the test
/// runner itself was started with it ignored (the disposition is inherited).
func stop(_ process: Process) {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
}

/// git-daemon itself rather than the `git daemon` wrapper, so killing the process stops the server.
func gitDaemonExecutable() throws -> String {
    try git("--exec-path", in: "/") + "/git-daemon"
}
