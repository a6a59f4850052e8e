import Foundation

/// Runs the built `rulesmith` for one bad-input row: optional stdin, another uid (through
/// `setpriv`, for permission cases when tests run as root), and a deadline after which the
/// process is killed and the run counts as a hang.
enum BadInputProcess {
    struct Outcome {
        var status: Int32
        /// False when the process died of a signal (a crash) or was killed at the deadline.
        var exitedNormally: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    /// Ignores SIGPIPE in this process, once.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    static func run(
        _ arguments: [String], in directory: String, environment: [String: String], stdin: Data? = nil,
        user: Int? = nil, deadline: TimeInterval = 60
    ) throws -> Outcome {
        let process = Process()
        // Only root can switch users; anyone else is already subject to the permissions.
        if let user, getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", Rulesmith.executable.path] + arguments
        } else {
            process.executableURL = Rulesmith.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        let killed = Locked(false)
        let timer = DispatchWorkItem { [process] in
            guard process.isRunning else { return }
            killed.set(true)
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: timer)
        // Standard input is written on its own thread so a process that never reads it cannot block us.
        // A process that stops reading early (a size limit) closes the pipe: the write then fails
        // with EPIPE instead of killing the test process with SIGPIPE.
        _ = ignoreBrokenPipes
        let writer = Thread { [input] in
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Locked<Data>(Data())
        let errorReader = Thread { [error] in errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        while errorReader.isExecuting || !errorReader.isFinished { usleep(1000) }
        return Outcome(
            status: process.terminationStatus, exitedNormally: process.terminationReason == .exit, timedOut: killed.value,
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errorData.value, as: UTF8.self))
    }
}
