import Foundation
import Testing
@testable import RulesmithKit

/// Rules files that are symbolic links (issue 18, items 7 and 8): links and imports inside them
/// resolve from the file they lead to, and a link with its target is one source, not two copies.
@Suite(.serialized)
struct SymlinkedRulesFileTests {
    static let rules = """
        # Project rules

        Use bun, never npm. Run the full test suite before every commit and keep it green.
        Write TypeScript in strict mode; prefer small pure functions and explicit return types.
        See the [style guide](style.md) and [the overview](../../README.md).

        """

    private func repository() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/.git", withIntermediateDirectories: true)
        try directory.write("README.md", "# Readme\n")
        try directory.write(".ai/rules/style.md", "# Style\n")
        try directory.write(".ai/rules/general.md", Self.rules)
        return directory
    }

    private func lint(_ directory: TemporaryDirectory, _ paths: [String]? = nil) throws -> LintOutcome {
        var request = LintRequest()
        request.paths = paths ?? [directory.path]
        return try LintRunner().run(request)
    }

    @Test func linksInASymlinkedFileResolveFromTheFileItLeadsTo() throws {
        let directory = try repository()
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/AGENTS.md", withDestinationPath: ".ai/rules/general.md")
        for paths in [nil, [directory.path + "/AGENTS.md"]] {
            let outcome = try lint(directory, paths)
            let agents = outcome.reports.first { $0.path.hasSuffix("AGENTS.md") }
            #expect(agents != nil)
            #expect(agents?.diagnostics.contains { $0.ruleID == "RF003" } == false, "\(agents?.diagnostics.map(\.message) ?? [])")
        }
    }

    @Test func aRegularCopyResolvesFromItsOwnFolder() throws {
        let directory = try repository()
        try directory.write("AGENTS.md", Self.rules)
        let outcome = try lint(directory, [directory.path + "/AGENTS.md"])
        #expect(outcome.reports.first?.diagnostics.contains { $0.ruleID == "RF003" } == true)
    }

    @Test func aClaudeFileLinkedToAgentsIsOneSource() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/.git", withIntermediateDirectories: true)
        let text = "# Rules\n\nUse bun, never npm. Run the full test suite before every commit and keep it green.\nWrite TypeScript in strict mode; prefer small pure functions and explicit return types.\n"
        try directory.write("AGENTS.md", text)
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/CLAUDE.md", withDestinationPath: "AGENTS.md")
        let linked = try lint(directory)
        #expect(!linked.reports.flatMap(\.diagnostics).contains { $0.ruleID == "RF005" })
        try FileManager.default.removeItem(atPath: directory.path + "/CLAUDE.md")
        try directory.write("CLAUDE.md", text)
        let copied = try lint(directory)
        #expect(copied.reports.flatMap(\.diagnostics).contains { $0.ruleID == "RF005" })
    }

    @Test func minimumSeverityLeavesOutLowerLevels() throws {
        let directory = try TemporaryDirectory()
        try directory.write("llms.txt", "# P\n\n> S.\n\n## Docs\n\n- [Page](https://x.dev/page.html)\n")
        var request = LintRequest()
        request.paths = [directory.path]
        #expect(try LintRunner().run(request).reports.flatMap(\.diagnostics).contains { $0.severity == .info })
        request.minimumSeverity = .warning
        let filtered = try LintRunner().run(request)
        #expect(!filtered.reports.flatMap(\.diagnostics).contains { $0.severity == .info })
        #expect(filtered.reports.count == 1)
    }
}
