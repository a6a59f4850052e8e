import Foundation
import Testing
@testable import RulesmithRegistry

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

    @Test func pullsThroughLibgit2ThenFetchesTheNextCommit() throws {
        let folder = try TemporaryFolder()
        let (url, clone, firstCommit) = try teamRemote(in: folder)
        let database = folder.file("registry.sqlite")
        let first = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", url, "--registry", database])
        #expect(first.status == 0, "\(first.standardError)")
        var registry = try TemplateRegistry.open(path: database)
        #expect(try registry.history().first?.commit == firstCommit)
        #expect(FileManager.default.fileExists(atPath: folder.file("pulls")))

        // A new commit on the team's main branch, then a tag on the first commit.
        try FileManager.default.createDirectory(atPath: clone + "/Templates/swift", withIntermediateDirectories: true)
        let testing = clone + "/Templates/swift/testing.md"
        let original = try String(contentsOfFile: testing, encoding: .utf8)
        try (original + "\n- Keep each test independent of the others.\n").write(toFile: testing, atomically: true, encoding: .utf8)
        try ProcessRunner.git(["commit", "-q", "-am", "Testing rule: independence"], in: clone)
        try ProcessRunner.git(["tag", "v1", firstCommit], in: clone)
        try ProcessRunner.git(["push", "-q", "--tags", "origin", "main"], in: clone)
        let secondCommit = try ProcessRunner.git(["rev-parse", "HEAD"], in: clone).standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let second = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", url, "--ref", "main", "--registry", database])
        #expect(second.status == 0, "\(second.standardError)")
        registry = try TemplateRegistry.open(path: database)
        #expect(try registry.history().first?.commit == secondCommit)
        let latest = try #require(try registry.history().first).id
        let body = try registry.templateBody(stack: "swift", rule: "testing", revision: latest)
        #expect(String(decoding: body, as: UTF8.self).contains("independent of the others"))

        let tagged = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", url, "--ref", "v1", "--registry", database])
        #expect(tagged.status == 0, "\(tagged.standardError)")
        registry = try TemplateRegistry.open(path: database)
        #expect(try registry.history().first?.commit == firstCommit)
    }

    @Test func unreachableRemoteIsAnExitTwoErrorNamingTheURL() throws {
        let folder = try TemporaryFolder()
        let missing = "file://" + folder.file("nothing-here.git")
        let result = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", missing, "--registry", folder.file("r.sqlite")])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("rulesmith: \(missing): "))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func unknownRefIsNamed() throws {
        let folder = try TemporaryFolder()
        let (url, _, _) = try teamRemote(in: folder)
        let result = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", url, "--ref", "nope", "--registry", folder.file("r.sqlite")])
        #expect(result.status == 2)
        #expect(result.standardError.contains("no branch, tag or commit named 'nope'"))
    }
}
