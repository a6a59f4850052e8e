import Foundation
import RulesmithCore
@testable import RulesmithRegistry
import Testing

/// `registry pull`: a team's template repository, served from a local bare repository made here.
@Suite struct RegistryPullTests {
    /// A bare repository holding the team templates, and a clone of it; returns (url, clone, commit).
    private func teamRemote(in folder: TemporaryFolder) throws -> (String, String, String) {
        let work = try folder.write(Fixtures.teamRepository, under: "work")
        let bare = folder.file("team.git")
        try ProcessRunner.git(["init", "-q", "--bare", bare], in: folder.path)
        try ProcessRunner.git(["init", "-q", "-b", "main"], in: work)
        try ProcessRunner.git(["add", "."], in: work)
        try ProcessRunner.git(["commit", "-q", "-m", "Team templates"], in: work)
        try ProcessRunner.git(["push", "-q", bare, "main"], in: work)
        let clone = folder.file("clone")
        try ProcessRunner.git(["clone", "-q", "--branch", "main", "file://" + bare, clone], in: folder.path)
        let commit = try ProcessRunner.git(["rev-parse", "HEAD"], in: clone).standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return ("file://" + bare, clone, commit)
    }

    @Test func importsACheckoutAsARevisionThatRecordsURLAndCommit() throws {
        let folder = try TemporaryFolder()
        let (url, clone, commit) = try teamRemote(in: folder)
        let database = folder.file("registry.sqlite")
        let result = try ProcessRunner.run(
            ProcessRunner.rulesmith,
            ["registry", "pull", url, "--ref", "main", "--checkout", clone, "--commit", commit, "--registry", database])
        #expect(result.status == 0, "\(result.standardError)")
        // The team's `swift` stack is new; its `base` replaces the built-in one seeded as revision 1.
        #expect(result.standardOutput.contains("revision 2: 2 stacks (1 added, 1 changed"))
        let registry = try TemplateRegistry.open(path: database)
        let revision = try #require(try registry.history().first)
        #expect(revision.sourceKind == "git")
        #expect(revision.source == url)
        #expect(revision.commit == commit)
        #expect(revision.ref == "main")
        #expect(revision.stacks == ["base", "swift"])
        #expect(try registry.stack("swift").rules.map(\.id) == ["concurrency", "testing"])
        let show = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "show", "swift", "--registry", database])
        #expect(show.standardOutput.contains("from: git \(url) @\(commit.prefix(12)) (main), Templates/swift"))
    }

    @Test func withoutACheckoutPullSaysWhatIsMissing() throws {
        let folder = try TemporaryFolder()
        let result = try ProcessRunner.run(
            ProcessRunner.rulesmith, ["registry", "pull", "https://example.invalid/t.git", "--registry", folder.file("r.sqlite")])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("rulesmith: https://example.invalid/t.git: "))
    }
}
