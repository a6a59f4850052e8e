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

    /// A skill (its script committed executable) and an MCP server pulled from a team repository,
    /// exported with the script executable again, and imported from the export unchanged.
    @Test func skillsAndServersArePulledAndExportedWithTheirModes() throws {
        let folder = try TemporaryFolder()
        let work = try folder.write(Fixtures.teamRepository.merging(SkillStorageTests.skillFiles) { $1 }, under: "work")
        let script = "Templates/swift/skills/release-notes/scripts/collect.sh"
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work + "/" + script)
        let bare = folder.file("team.git")
        try ProcessRunner.git(["init", "-q", "--bare", bare], in: folder.path)
        try ProcessRunner.git(["init", "-q", "-b", "main"], in: work)
        try ProcessRunner.git(["add", "."], in: work)
        try ProcessRunner.git(["commit", "-q", "-m", "Team templates with a skill"], in: work)
        try ProcessRunner.git(["push", "-q", bare, "main"], in: work)
        let database = folder.file("registry.sqlite")
        let pulled = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "pull", "file://" + bare, "--registry", database])
        #expect(pulled.status == 0, "\(pulled.standardError)")
        let registry = try TemplateRegistry.open(path: database)
        let swift = try registry.stack("swift")
        #expect(swift.skills.first?.executables == ["scripts/collect.sh"])
        #expect(swift.mcpFile != nil)
        try registry.close()
        let out = folder.file("out")
        let exported = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "export", out, "--registry", database])
        #expect(exported.status == 0, "\(exported.standardError)")
        let mode = (try FileManager.default.attributesOfItem(atPath: out + "/" + script)[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(mode & 0o111 != 0, "the exported script is executable")
        let skillMode = (try FileManager.default.attributesOfItem(atPath: out + "/Templates/swift/skills/release-notes/SKILL.md")[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(skillMode & 0o111 == 0)
        let again = try ProcessRunner.run(ProcessRunner.rulesmith, ["registry", "import", out, "--registry", database])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("unchanged") || again.standardOutput.contains("0 changed"), "\(again.standardOutput)")
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
