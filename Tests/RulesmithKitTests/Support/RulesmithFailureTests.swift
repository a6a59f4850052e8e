import Foundation
@testable import RulesmithKit
import Testing

/// Kit's one failure type says what kind of failure it is (the CLI picks the exit code from
/// the case) and prints as before: one `rulesmith: ` line per problem.
struct RulesmithFailureTests {
    @Test func commandLineValuesAreUsageFailures() {
        for body in [{ _ = try CommandValues.variables(["novalue"]) }, { _ = try CommandValues.targets(["vscode"], lists: []) }] {
            do {
                try body()
                Issue.record("expected a failure")
            } catch let failure as RulesmithFailure {
                guard case .usage = failure else { Issue.record("expected .usage, got \(failure)"); continue }
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func aMissingFileIsAnIOFailureNamingIt() {
        do {
            _ = try FileSystem.read("/nonexistent/rulesmith/file")
            Issue.record("expected a failure")
        } catch {
            guard case .io(let path, let cause) = error else { Issue.record("expected .io, got \(error)"); return }
            #expect(path == "/nonexistent/rulesmith/file" && cause == "cannot read: no such file or folder")
            #expect(error.printableLines == "rulesmith: /nonexistent/rulesmith/file: cannot read: no such file or folder\n")
        }
    }

    @Test func configurationFailuresListEveryProblemOnItsOwnLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-failure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/.rulesmith.yml"
        try Data("version: 1\nnope: 1\nalso-nope: 2\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ConfigurationLoader.load(explicitPath: path, from: folder.path)
            Issue.record("expected a failure")
        } catch {
            guard case .configuration(let problems) = error else { Issue.record("expected .configuration, got \(error)"); return }
            #expect(problems.count == 2)
            #expect(error.printableLines.split(separator: "\n").count == 2)
        }
    }

    /// Kit names the option a usage failure is about; the CLI passes its spelling.
    @Test func aUsageFailureSpellsItsOptionsAsTheCallerSays() {
        let failure = RulesmithFailure.usage("\(option: .ref) needs \(option: .source) (a git URL or path)")
        #expect(failure.message == "<ref> needs <source> (a git URL or path)")
        #expect(failure.printableLines(spelling: { "--" + $0.rawValue }) == "rulesmith: --ref needs --source (a git URL or path)\n")
        do {
            _ = try CommandValues.variables(["novalue"])
        } catch {
            guard case .usage(let message) = error else { Issue.record("expected .usage, got \(error)"); return }
            #expect(message.options == [.variable])
        }
    }
}
