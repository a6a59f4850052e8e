import Foundation
import RulesmithKit
import RulesmithTemplates
import Testing

/// The drift matrix: every case ends with the user's text present, a merge, or a conflict the
/// user can see; never silent loss. A second apply changes no byte and makes no commit.
struct DriftMatrixTests {
    static let userLine = "- Our own rule: ship on Tuesdays."

    /// A bootstrapped, committed repository.
    static func bootstrapped() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.bootstrap()
        try fixture.commitAll("bootstrap")
        return fixture
    }

    @Test func registryUpgradeWithoutLocalEditUpdatesTheFile() throws {
        let fixture = try Self.bootstrapped()
        let revision = try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date", "pinned revision: nothing changes")
        let latest = try WorkflowCommands.status(directory: fixture.repository, registry: fixture.registry, latest: true)
        #expect(latest.output.contains("stale (registry)"))
        let result = try fixture.apply(latest: true)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("updated AGENTS.md"))
        #expect(try fixture.read("AGENTS.md").contains("Rule one, revised"))
        #expect(try fixture.read(".rulesmith.yml").contains("revision: \(revision)"))
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
    }

    @Test func editWithoutOverlapIsMergedWithTheUpgrade() throws {
        let fixture = try Self.bootstrapped()
        let original = try fixture.read("AGENTS.md")
        let edited = original.replacingOccurrences(of: "- Rule ten: measure before optimising.\n", with: "- Rule ten: measure before optimising.\n\(Self.userLine)\n")
        #expect(edited != original)
        try fixture.writeFile("AGENTS.md", edited)
        #expect(try fixture.states()["AGENTS.md"] == "edited")
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        let latest = try WorkflowCommands.status(directory: fixture.repository, registry: fixture.registry, latest: true)
        #expect(latest.output.contains("edited+stale (registry)"))
        let result = try fixture.apply(latest: true)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("merged AGENTS.md"))
        let merged = try fixture.read("AGENTS.md")
        #expect(merged.contains(Self.userLine))
        #expect(merged.contains("Rule one, revised"))
        #expect(!merged.contains("<<<<<<<"))
        #expect(try fixture.states()["AGENTS.md"] == "edited", "the hand edit is still there, on top of the new render")
    }

    @Test func overlappingEditLeavesVisibleConflict() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md").replacingOccurrences(of: "Rule one: name things", with: "Rule one (ours): name things"))
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        let result = try fixture.apply(latest: true)
        #expect(result.exitCode == 1)
        #expect(result.output.contains("conflict in AGENTS.md"))
        let text = try fixture.read("AGENTS.md")
        #expect(text.contains("<<<<<<< local\n"))
        #expect(text.contains("Rule one (ours)"))
        #expect(text.contains("Rule one, revised"))
        #expect(text.contains(">>>>>>> generated@rev "))
        #expect(try fixture.states()["AGENTS.md"] == "conflicted")
        let check = try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry)
        #expect(check.exitCode == 1)
        // Apply again: the markers stay, nothing is written, still exit 1.
        let before = try fixture.snapshot(includeGit: false)
        #expect(try fixture.apply().exitCode == 1)
        #expect(try fixture.snapshot(includeGit: false) == before)
        // The user resolves in favour of their line: a kept edit, no conflict.
        let resolved = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.hasPrefix("<<<<<<<") && !$0.hasPrefix("=======") && !$0.hasPrefix(">>>>>>>") && !$0.contains("Rule one, revised")
        }.joined(separator: "\n")
        try fixture.writeFile("AGENTS.md", resolved)
        #expect(try fixture.states()["AGENTS.md"] == "edited")
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.read("AGENTS.md") == resolved)
    }

    @Test func editInsideManagedBlockAndOutsideIt() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("AGENTS.md", "# Ours\n\nIntro we wrote.\n")
        try fixture.bootstrap()
        // Outside the block: the user's, never a drift.
        var text = try fixture.read("AGENTS.md").replacingOccurrences(of: "Intro we wrote.", with: "Intro we rewrote.")
        try fixture.writeFile("AGENTS.md", text)
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
        // Inside the block: a hand edit, merged with the upgrade; the outside text survives.
        text = text.replacingOccurrences(of: "- Rule ten: measure before optimising.\n", with: "- Rule ten: measure before optimising.\n\(Self.userLine)\n")
        try fixture.writeFile("AGENTS.md", text)
        #expect(try fixture.states()["AGENTS.md"] == "edited")
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        #expect(try fixture.apply(latest: true).exitCode == 0)
        let merged = try fixture.read("AGENTS.md")
        #expect(merged.hasPrefix("# Ours\n\nIntro we rewrote.\n"))
        #expect(merged.contains(Self.userLine))
        #expect(merged.contains("Rule one, revised"))
    }

    @Test func deletedFileIsRestored() throws {
        let fixture = try Self.bootstrapped()
        let original = try fixture.read("AGENTS.md")
        try FileManager.default.removeItem(atPath: fixture.path("AGENTS.md"))
        #expect(try fixture.states()["AGENTS.md"] == "missing")
        #expect(try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry).exitCode == 1)
        #expect(try fixture.apply().output.contains("restored AGENTS.md"))
        #expect(try fixture.read("AGENTS.md") == original)
    }

    @Test func renamedStackWithLocalEditMerges() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates(extra: ["demo-renamed"])
        try fixture.bootstrap()
        let edited = try fixture.read("AGENTS.md") + "\n\(Self.userLine)\n"
        try fixture.writeFile("AGENTS.md", edited)
        try fixture.writeFile(".rulesmith.yml", try fixture.read(".rulesmith.yml").replacingOccurrences(of: "stacks: [demo]", with: "stacks: [demo-renamed]"))
        let status = try fixture.status()
        #expect(status.output.contains("edited+stale (config)"), "\(status.output)")
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.read("AGENTS.md").contains(Self.userLine))
        #expect(try fixture.read("AGENTS.md").contains("as demo-renamed words it"))
        let lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: "lock")
        #expect(lock.files.first { $0.path == "AGENTS.md" }?.rules.contains("demo-renamed/style") == true)
    }

    @Test func missingBaseMergesTwoWayAsOneVisibleConflict() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md") + "\n\(Self.userLine)\n")
        // Make the locked base unrecoverable: an unknown revision and blob the registry, git and the cache lack.
        var lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: "lock")
        let agents = try #require(lock.files.firstIndex { $0.path == "AGENTS.md" })
        lock.files[agents].blob = String(repeating: "ab", count: 20)
        try fixture.writeFile(".rulesmith.lock", String(decoding: lock.serialized(), as: UTF8.self))
        let result = try fixture.apply()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("all of it is marked"))
        let text = try fixture.read("AGENTS.md")
        #expect(text.contains("<<<<<<< local"))
        #expect(text.contains(Self.userLine), "the user's text is present")
    }

    @Test func secondApplyChangesNoByteAndMakesNoCommit() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md") + "\n\(Self.userLine)\n")
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        #expect(try fixture.apply(latest: true, commit: false).exitCode == 0)
        try fixture.commitAll("merged")
        let head = try fixture.git("rev-parse", "HEAD")
        let before = try fixture.snapshot()
        let again = try fixture.apply(commit: true)
        #expect(again.exitCode == 0)
        #expect(!again.output.contains("committed"))
        #expect(try fixture.git("rev-parse", "HEAD") == head)
        #expect(try fixture.snapshot() == before, "not a byte changed, .git included")
    }

    @Test func forceReplacesEditAfterBackup() throws {
        let fixture = try Self.bootstrapped()
        let original = try fixture.read("AGENTS.md")
        let edited = original + "\n\(Self.userLine)\n"
        try fixture.writeFile("AGENTS.md", edited)
        let kept = try fixture.apply()
        #expect(kept.output.contains("kept AGENTS.md"))
        #expect(try fixture.read("AGENTS.md") == edited, "no --force, no loss")
        let forced = try fixture.apply(force: true)
        #expect(try fixture.read("AGENTS.md") == original)
        let line = try #require(forced.output.split(separator: "\n").first { $0.hasPrefix("backed up AGENTS.md to ") })
        let backup = String(line.dropFirst("backed up AGENTS.md to ".count))
        #expect(backup.contains("/.git/rulesmith/backups/"))
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == edited)
        #expect(try fixture.git("status", "--porcelain").isEmpty, "backups stay out of git status")
    }

    @Test func orphansAreDeletedOnlyWhenUntouched() throws {
        let fixture = try Self.bootstrapped()
        let targets = "targets: [agents, claude]"
        let config = try fixture.read(".rulesmith.yml")
        #expect(config.contains(targets))
        try fixture.writeFile(".rulesmith.yml", config.replacingOccurrences(of: targets, with: "targets: [agents, claude, gemini]"))
        #expect(try fixture.apply().output.contains("wrote GEMINI.md"))
        try fixture.commitAll("gemini too")
        try fixture.writeFile("GEMINI.md", try fixture.read("GEMINI.md") + "\n" + Self.userLine + "\n")
        // Dropping two targets orphans their files: the untouched one goes, the edited one stays.
        try fixture.writeFile(".rulesmith.yml", config.replacingOccurrences(of: targets, with: "targets: [agents]"))
        let states = try fixture.states()
        #expect(states["CLAUDE.md"] == "orphaned")
        #expect(states["GEMINI.md"] == "orphaned")
        let result = try fixture.apply()
        #expect(result.output.contains("deleted CLAUDE.md"), "\(result.output)")
        #expect(result.output.contains("stopped managing GEMINI.md"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("CLAUDE.md")))
        #expect(try fixture.read("GEMINI.md").contains(Self.userLine))
        let after = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: "lock")
        #expect(after.files.map(\.path) == ["AGENTS.md"], "the orphans left the lock; the rendered file stayed")
    }

    /// An orphan written by an earlier apply but never committed is deletable too: rulesmith's
    /// own cache in `.git` holds the text it wrote.
    @Test func anUncommittedOrphanRulesmithWroteIsDeleted() throws {
        let fixture = try Self.bootstrapped()
        let config = try fixture.read(".rulesmith.yml")
        try fixture.writeFile(".rulesmith.yml", config.replacingOccurrences(of: "targets: [agents, claude]", with: "targets: [agents, claude, gemini]"))
        #expect(try fixture.apply().output.contains("wrote GEMINI.md"))
        try fixture.writeFile(".rulesmith.yml", config)
        let result = try fixture.apply()
        #expect(result.output.contains("deleted GEMINI.md"), "\(result.output)")
    }

    @Test func symlinkOutOfTheRepositoryIsRefused() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        let outside = fixture.scratch.path + "/outside.md"
        try fixture.write(outside, "outside text\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("AGENTS.md"), withDestinationPath: outside)
        let result = try fixture.bootstrap()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("skipped AGENTS.md"))
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "outside text\n")
        #expect(try fixture.states()["AGENTS.md"] == "unreadable")
    }

    @Test func symlinkInsideTheRepositoryIsLeftAlone() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("docs/agents.md", "# Shared guide\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("AGENTS.md"), withDestinationPath: "docs/agents.md")
        let result = try fixture.bootstrap()
        #expect(result.exitCode == 0)
        #expect(result.output.contains("left AGENTS.md alone: is a symbolic link to docs/agents.md"))
        #expect(try fixture.read("docs/agents.md") == "# Shared guide\n")
        #expect(try fixture.states()["AGENTS.md"] == "blocked")
    }

    @Test func concurrentApplyIsRefusedAndAStaleLockTakenOver() throws {
        let fixture = try Self.bootstrapped()
        let lockPath = fixture.path(".git/rulesmith/run.lock")
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { kill(sleeper.processIdentifier, SIGKILL) }
        try fixture.write(lockPath, "\(sleeper.processIdentifier)\n")
        let error = expectWorkflowFailure { try fixture.apply() }
        #expect(error?.exitCode == 2)
        #expect(error?.message.contains("another rulesmith (pid \(sleeper.processIdentifier))") == true)
        kill(sleeper.processIdentifier, SIGKILL)
        sleeper.waitUntilExit()
        #expect(try fixture.apply().exitCode == 0, "the owner is gone: the lock is stale")
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }

    @Test func leftoverTempFilesOfAKilledRunAreRemoved() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile(AtomicFile.temporaryPrefix + "123-456-AGENTS.md", "half")
        _ = try fixture.apply()
        #expect(!FileManager.default.fileExists(atPath: fixture.path(AtomicFile.temporaryPrefix + "123-456-AGENTS.md")))
    }

    @Test func applyDryRunWritesNothing() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md") + "\n\(Self.userLine)\n")
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        let before = try fixture.snapshot()
        let preview = try fixture.apply(dryRun: true, latest: true)
        #expect(preview.output.contains("+- Rule one, revised"))
        #expect(preview.output.contains("+  revision: "))
        #expect(try fixture.snapshot() == before)
    }

    @Test func adoptThenRenderReproducesTheEdit() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("AGENTS.md", try fixture.read("AGENTS.md") + "\n## Local\n\n\(Self.userLine)\n")
        let result = try Adoption.run(directory: fixture.repository, file: "AGENTS.md", registry: fixture.registry)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(try fixture.read(".rulesmith.yml").contains(".rulesmith/overlays/adopted-agents-md.md"))
        let overlay = try fixture.read(".rulesmith/overlays/adopted-agents-md.md")
        #expect(overlay.contains(Self.userLine))
        #expect(try fixture.states().values.allSatisfy { $0 == "up-to-date" })
        #expect(try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry).exitCode == 0)
        // The overlay survives a registry upgrade: the edit is part of every render now.
        try fixture.upgrade(line: 0, to: "Rule one, revised: name things for what they do.")
        #expect(try fixture.apply(latest: true).exitCode == 0)
        let text = try fixture.read("AGENTS.md")
        #expect(text.contains(Self.userLine))
        #expect(text.contains("Rule one, revised"))
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
    }

    @Test func adoptRefusesFilesRulesmithDidNotWrite() throws {
        let fixture = try Self.bootstrapped()
        try fixture.writeFile("NOTES.md", "x\n")
        let error = expectWorkflowFailure { try Adoption.run(directory: fixture.repository, file: "NOTES.md", registry: fixture.registry) }
        #expect(error?.message.contains("did not generate it") == true)
        let nothing = try Adoption.run(directory: fixture.repository, file: "AGENTS.md", registry: fixture.registry)
        #expect(nothing.output.contains("nothing to adopt"))
    }
}
