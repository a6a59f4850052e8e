import Foundation
import Testing

/// The built `rulesmith` executable: help, exit codes, output formats, bad input.
@Suite(.serialized)
struct CommandLineTests {
    @Test func helpAndVersion() throws {
        let help = try Rulesmith.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("lint"))
        let version = try Rulesmith.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try Rulesmith.run(["lint", "--bogus"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--bogus"))
        let stdinWithoutKind = try Rulesmith.run(["lint", "-"], stdin: "# x\n")
        #expect(stdinWithoutKind.status == 2)
        let missing = try Rulesmith.run(["lint", "/nonexistent/llms.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "rulesmith: /nonexistent/llms.txt: no such file or folder\n")
    }

    @Test func jsonOutputFromStandardInput() throws {
        let result = try Rulesmith.run(["lint", "-", "--kind", "llms-txt", "--format", "json"], stdin: "# Project\n\n> Summary.\n")
        #expect(result.status == 0 || result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect((object?["files"] as? [[String: Any]])?.first?["kind"] as? String == "llms-txt")
    }

    @Test func rulesCatalogueAndUnknownRule() throws {
        let list = try Rulesmith.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("RS001"))
        let explain = try Rulesmith.run(["rules", "RS001"])
        #expect(explain.stdout.contains("unused-suppression"))
        let unknown = try Rulesmith.run(["rules", "NOPE1"])
        #expect(unknown.status == 2)
    }
}

/// Runs the executable built next to the test bundle.
enum Rulesmith {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let direct = products.appendingPathComponent("rulesmith")
        if FileManager.default.isExecutableFile(atPath: direct.path) { return direct }
        return products.deletingLastPathComponent().appendingPathComponent("rulesmith")
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Bad input the process must survive with one clear line and exit 2.
@Suite(.serialized)
struct BadInputCommandLineTests {
    @Test func unreadableFileIsExitTwoEvenForRoot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        chmod(directory.path, 0o755)
        let file = directory.appendingPathComponent("llms.txt")
        try Data("# P\n".utf8).write(to: file)
        chmod(file.path, 0)
        let result: Rulesmith.Result
        if getuid() == 0 {
            // Root reads everything; drop to nobody so the permission check is real.
            result = try Rulesmith.runAs(user: 65534, ["lint", file.path])
        } else {
            result = try Rulesmith.run(["lint", file.path])
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("permission denied"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func directoryWhereAFileIsExpected() throws {
        let result = try Rulesmith.run(["lint", "--kind", "llms-txt", "--config", "/tmp"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a directory"))
    }
}

extension Rulesmith {
    /// Runs the executable as another user through `setpriv` (root only).
    static func runAs(user: Int, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", executable.path] + arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
