import Foundation

/// Runs a program for a test, capturing both output streams: the one process runner of the test
/// targets (git fixtures, the built `rulesmith`, servers' helpers).
public enum Subprocess {
    /// What a finished program printed and how it exited.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var output: String { stdout + stderr }
    }

    /// A started program whose output is being collected; `finish` waits for it.
    public final class Running: @unchecked Sendable {
        public let process: Process
        // Written by the reader threads before they leave `group`, read only after `group.wait()`.
        private var output = Data()
        private var errors = Data()
        private let group = DispatchGroup()

        fileprivate init(_ process: Process, stdout: Pipe, stderr: Pipe, stdin: Pipe?, input: Data?) {
            self.process = process
            // Both pipes are drained (and standard input fed) at once, from the start, so a child
            // that fills one pipe before reading or closing another cannot stall.
            group.enter()
            DispatchQueue.global().async { [self] in
                output = stdout.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
            group.enter()
            DispatchQueue.global().async { [self] in
                errors = stderr.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
            if let stdin {
                DispatchQueue.global().async {
                    if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
                    try? stdin.fileHandleForWriting.close()
                }
            }
        }

        /// Waits for the program to exit and returns what it printed.
        public func finish() -> Result {
            group.wait()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                stderr: String(decoding: errors, as: UTF8.self))
        }
    }

    /// Starts `program`. `environment` nil inherits this process's; `stdin` nil gives the program
    /// no standard input (end of file at once).
    public static func start(
        _ program: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        stdin: Data? = nil
    ) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = stdin.map { _ in Pipe() }
        // A child that exits before reading all its input (a usage error) must fail the write,
        // not kill the whole test process with SIGPIPE.
        if input != nil { _ = ignoreBrokenPipes }
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        return Running(process, stdout: out, stderr: err, stdin: input, input: stdin)
    }

    /// Set once: writes to a closed pipe return EPIPE instead of raising SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `program` to completion (see `start`).
    public static func run(
        _ program: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        stdin: Data? = nil
    ) throws -> Result {
        try start(program, arguments, in: directory, environment: environment, stdin: stdin).finish()
    }
}
