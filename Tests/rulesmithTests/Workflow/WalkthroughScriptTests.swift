import Foundation
import RulesmithTestSupport
import Testing

/// `scripts/walkthrough.sh` (run by `make demo`) does a team lead's first hour against the built
/// binary — a team template repository, hand-written rules taken in, a monorepo, a sync — and
/// must end with `check` passing in every repository (issue 19 item 8).
@Suite(.serialized)
struct WalkthroughScriptTests {
    static let script = PreCommitFrameworkTests.packageRoot + "/scripts/walkthrough.sh"
    static let toolsPresent = ["/bin/bash", "/usr/bin/git"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: toolsPresent, "needs bash and git"))
    func theWalkthroughEndsWithCheckPassingEverywhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-walkthrough-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = GitTestEnvironment.isolated(home: folder.path, name: "Walkthrough", email: "walk@example.com", dropping: ["RULESMITH_"])
        environment["TMPDIR"] = folder.path
        let result = try Subprocess.run("/bin/bash", [Self.script, Rulesmith.executable.path], in: folder.path, environment: environment)
        #expect(result.status == 0, "\(result.stdout.suffix(3000))\n\(result.stderr.suffix(3000))")
        #expect(result.stdout.contains("CLAUDE.md: a link to AGENTS.md, so the claude target is satisfied"), "\(result.stdout.suffix(2000))")
        #expect(result.stdout.contains("took in AGENTS.md as .rulesmith/overlays/adopted-agents-md.md"))
        #expect(result.stdout.contains("legacy-service: check passes"))
        #expect(result.stdout.contains("monorepo: check passes"))
        #expect(result.stderr.contains("--adopt-existing"), "init without it says what to decide")
    }
}
