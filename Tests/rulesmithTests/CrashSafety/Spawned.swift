import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process started without waiting for it, so a test can SIGKILL it at any moment or run
/// two at once. Output goes to files (a killed child never leaves a pipe half-read).
final class Spawned {
    struct Outcome {
        var status: Int32
        /// Whether the child died of a signal (our SIGKILL) rather than exiting.
        var killed: Bool
        var stdout: String
        var stderr: String
        var output: String { stdout + stderr }
    }

    let process = Process()
    private let outPath: String
    private let errPath: String

    init(_ program: String, _ arguments: [String], in directory: String, environment: [String: String], logs: String) throws {
        let stamp = UUID().uuidString
        outPath = logs + "/out-" + stamp
        errPath = logs + "/err-" + stamp
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
    }

    /// The built rulesmith binary.
    static func rulesmith(_ arguments: [String], in directory: String, environment: [String: String], logs: String) throws -> Spawned {
        try Spawned(Rulesmith.executable.path, arguments, in: directory, environment: environment, logs: logs)
    }

    /// Sends SIGKILL (a no-op when the child already exited; it is not reaped before `wait`).
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the child (reaping it, so its pid is really gone) and reads its output.
    func wait() -> Outcome {
        process.waitUntilExit()
        let outcome = Outcome(
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
        unlink(outPath)
        unlink(errPath)
        return outcome
    }

    /// Runs to completion.
    static func run(_ program: String, _ arguments: [String], in directory: String, environment: [String: String], logs: String) throws -> Outcome {
        try Spawned(program, arguments, in: directory, environment: environment, logs: logs).wait()
    }

    /// Microseconds since an arbitrary start, for measuring a run (never asserted on).
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds / 1000 }
}
