import Foundation
import RulesmithLint
import Testing
@testable import RulesmithKit

/// The RP rules on real git repositories: `lint` judges rules files against the repository's
/// facts and tracked files, `lint --fix` rewrites the package manager, and `lint --staged` (the
/// hook) reads the facts from the index, not the work tree.
@Suite(.serialized)
struct RepositoryRulesLintTests {
    static let package = """
        {
          "name": "shop",
          "packageManager": "pnpm@9.1.0",
          "scripts": { "test": "vitest run", "build": "next build" }
        }

        """
    static let agents = "# Shop\n\n- Install with `npm install`.\n- Run `pnpm lint` and `pnpm test`.\n- Components live in `src/component/`.\n"

    static func files() -> [String: String] {
        ["package.json": package, "pnpm-lock.yaml": "lockfileVersion: '9.0'\n", "src/components/Button.tsx": "export {}\n", "AGENTS.md": agents]
    }

    func ruleIDs(_ outcome: LintOutcome) -> [String] {
        outcome.reports.flatMap(\.diagnostics).map(\.ruleID).filter { $0.hasPrefix("RP") }.sorted()
    }

    @Test func lintOnARepositoryReportsWhatTheRepositoryContradicts() throws {
        let fixture = try GitFixture(files: Self.files())
        var request = LintRequest()
        request.paths = [fixture.root]
        let outcome = try LintRunner().run(request)
        #expect(ruleIDs(outcome) == ["RP001", "RP003", "RP005"], "\(outcome.reports.flatMap(\.diagnostics).map(\.message))")
    }

    @Test func outsideARepositoryTheRPRulesAreSilent() throws {
        let directory = try TemporaryDirectory()
        for (path, text) in Self.files() { try directory.write(path, text) }
        var request = LintRequest()
        request.paths = [directory.path]
        #expect(ruleIDs(try LintRunner().run(request)).isEmpty)
    }

    @Test func fixRewritesThePackageManager() throws {
        let fixture = try GitFixture(files: Self.files())
        var request = LintRequest()
        request.paths = [fixture.root + "/AGENTS.md"]
        request.fix = true
        _ = try LintRunner().run(request)
        let text = try String(contentsOfFile: fixture.root + "/AGENTS.md", encoding: .utf8)
        #expect(text.contains("- Install with `pnpm install`."), "\(text)")
    }

    @Test func theHookReadsTheFactsFromTheIndex() throws {
        let fixture = try GitFixture(files: Self.files())
        // The commit adds a lint script; the work tree has since lost it again.
        let withLint = Self.package.replacingOccurrences(of: "\"build\": \"next build\"", with: "\"build\": \"next build\", \"lint\": \"eslint .\"")
        try fixture.write("package.json", withLint)
        try fixture.write("AGENTS.md", Self.agents + "- Build with `pnpm build`.\n")
        try fixture.git("add", "-A")
        try fixture.write("package.json", Self.package)
        func staged() throws -> [String] {
            let snapshot = try StagedSnapshot(from: fixture.root, environment: [:])
            var request = LintRequest()
            request.staged = true
            return ruleIDs(try LintRunner().runStaged(request, in: snapshot, workingDirectory: fixture.root).outcome)
        }
        #expect(try staged() == ["RP003", "RP005"])
        // And the other way round: the staged package.json lacks the script the work tree has.
        try fixture.git("reset", "-q")
        try fixture.write("package.json", withLint)
        try fixture.git("add", "AGENTS.md")
        #expect(try staged() == ["RP001", "RP003", "RP005"])
    }
}
