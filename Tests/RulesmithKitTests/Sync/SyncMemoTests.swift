import Foundation
import RulesmithKit
import Testing

/// The no-op shortcut: a repository whose remote is where the last run left it, at the same
/// registry revision, is reported up to date without its cache clone being touched; any change
/// on the remote or in the templates makes the next run plan in full.
@Suite(.serialized)
struct SyncMemoTests {
    typealias Fixture = SyncRecoveryTests.Fixture

    @Test func anUnchangedRemoteIsUpToDateWithoutTouchingTheClone() throws {
        let fixture = try Fixture()
        let first = try fixture.sync()
        #expect(first.exitCode == 0, "\(first.output)")
        #expect(first.output.contains("\"outcome\": \"updated\""))
        let pushed = try fixture.git(["rev-parse", "rulesmith/sync"], in: fixture.remote)

        // Scribbling in the clone proves the second run neither checks out nor plans there.
        let clone = try fixture.cacheClone()
        try fixture.write(clone + "/AGENTS.md", "scribbled")
        let second = try fixture.sync()
        #expect(second.exitCode == 0, "\(second.output)")
        #expect(second.output.contains("\"outcome\": \"up-to-date\""))
        #expect(second.output.contains("already has it"))
        #expect(second.output.contains(pushed))
        #expect(try String(contentsOfFile: clone + "/AGENTS.md", encoding: .utf8) == "scribbled")
        #expect(try fixture.git(["rev-parse", "rulesmith/sync"], in: fixture.remote) == pushed)
    }

    @Test func aMovedBaseOrNewTemplatesPlanInFull() throws {
        let fixture = try Fixture()
        _ = try fixture.sync()
        let clone = try fixture.cacheClone()

        // The base moves on the remote: the memo no longer matches; the full run resets the clone.
        try fixture.git(["clone", "-q", fixture.remote, fixture.root + "/work"])
        try fixture.write(fixture.root + "/work/NOTES.md", "notes\n")
        try fixture.commitAll(fixture.root + "/work", "notes")
        try fixture.git(["push", "-q", "origin", "main"], in: fixture.root + "/work")
        try fixture.write(clone + "/AGENTS.md", "scribbled")
        let moved = try fixture.sync()
        #expect(moved.exitCode == 0, "\(moved.output)")
        #expect(try String(contentsOfFile: clone + "/AGENTS.md", encoding: .utf8) != "scribbled")

        // New templates: a new revision, so an update is committed and pushed.
        try fixture.write(fixture.templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- Small commits.\n")
        try fixture.commitAll(fixture.templates, "v2")
        let updated = try fixture.sync()
        #expect(updated.exitCode == 0, "\(updated.output)")
        #expect(updated.output.contains("\"outcome\": \"updated\""))
        #expect(try fixture.git(["show", "rulesmith/sync:AGENTS.md"], in: fixture.remote).contains("- Small commits."))
    }

    @Test func aMemoWriteKilledHalfWayIsCleanedUpByTheNextRun() throws {
        let fixture = try Fixture()
        _ = try fixture.sync()
        let clone = try fixture.cacheClone()
        let key = (clone as NSString).lastPathComponent
        let leftover = fixture.cache + "/" + AtomicFile.temporaryPrefix + "999999-1-" + key + ".memo"
        try fixture.write(leftover, "half a memo")
        let again = try fixture.sync()
        #expect(again.exitCode == 0, "\(again.output)")
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: fixture.cache + "/" + key + ".memo"))
    }
}
