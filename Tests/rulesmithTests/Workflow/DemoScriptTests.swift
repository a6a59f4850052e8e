import Foundation
import RulesmithTestSupport
import Testing

/// `scripts/demo.sh` (README command 1, `make demo`) bootstraps and lints a sample repository with
/// the built binary, keeps a hand edit through `apply`, adopts it, and ends with `check` passing.
@Suite(.serialized)
struct DemoScriptTests {
    static let script = PreCommitFrameworkTests.packageRoot + "/scripts/demo.sh"
    static let toolsPresent = ["/bin/bash", "/usr/bin/git"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: toolsPresent, "needs bash and git"))
    func theDemoEndsWithCheckPassing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = GitTestEnvironment.isolated(home: folder.path, name: "Demo", email: "demo@example.com", dropping: ["RULESMITH_"])
        environment["TMPDIR"] = folder.path
        let result = try Subprocess.run("/bin/bash", [Self.script, Rulesmith.executable.path], in: folder.path, environment: environment)
        #expect(result.status == 0, "\(result.stdout.suffix(3000))\n\(result.stderr.suffix(3000))")
        #expect(result.stdout.contains("check: every generated file is up to date"), "\(result.stdout.suffix(2000))")
    }
}
