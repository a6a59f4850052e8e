import Foundation
import RulesmithTestSupport

/// Runs real programs (the built `rulesmith`, `git`, `sqlite3`) and collects their output.
struct ProcessResult {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

enum ProcessRunner {
    /// The `rulesmith` executable built next to the test bundle.
    static var rulesmith: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("rulesmith").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return bundle.appendingPathComponent("rulesmith").path
    }

    /// Starts `executable` with `arguments`; the caller waits with `finish`.
    static func start(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String] = [:]
    ) throws -> Subprocess.Running {
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "RULESMITH_REGISTRY")
        for (key, value) in environment { merged[key] = value }
        return try Subprocess.start(executable, arguments, in: directory, environment: merged)
    }

    static func finish(_ started: Subprocess.Running) -> ProcessResult {
        let result = started.finish()
        return ProcessResult(status: result.status, standardOutput: result.stdout, standardError: result.stderr)
    }

    static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String] = [:]
    ) throws -> ProcessResult {
        finish(try start(executable, arguments, directory: directory, environment: environment))
    }

    /// `git` with a fixed identity, so commits work on a machine without git configuration.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> ProcessResult {
        let result = try run(
            "/usr/bin/git", arguments, directory: directory,
            environment: [
                "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com", "GIT_COMMITTER_NAME": "Test",
                "GIT_COMMITTER_EMAIL": "test@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": directory,
            ])
        if result.status != 0 { throw GitFailure(arguments: arguments, message: result.standardError) }
        return result
    }
}

struct GitFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var message: String
    var description: String { "git \(arguments.joined(separator: " ")): \(message)" }
}
