import Foundation
import RulesmithKit
import RulesmithTestSupport
import Testing

/// `SyncCommands.run` in process: a cache clone left dirty by an interrupted run is reset before
/// use (nothing of it reaches the commit), a lock whose owner died is taken over, and a lock held
/// by a live process makes only that repository fail.
@Suite(.serialized)
struct SyncRecoveryTests {
    final class Fixture {
        let root: String
        var remote: String { root + "/remote.git" }
        var templates: String { root + "/templates" }
        var cache: String { root + "/cache" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-sync-kit-\(UUID().uuidString)")
                .resolvingSymlinksInPath().path
            try write(templates + "/base/stack.yml", "id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n")
            try write(templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- One change per commit.\n")
            try git(["init", "-q", "-b", "main", templates])
            try commitAll(templates, "v1")
            try write(root + "/seed/README.md", "# seed\n")
            try git(["init", "-q", "-b", "main", root + "/seed"])
            try commitAll(root + "/seed", "initial")
            try git(["clone", "-q", "--bare", root + "/seed", remote])
            try write(root + "/sync.yml", "registry:\n  source: templates\nauthor:\n  name: Bot\n  email: bot@example.com\ndefaults:\n  targets: [agents]\nrepositories:\n  - path: remote.git\n")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ path: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        @discardableResult
        func git(_ arguments: [String], in directory: String? = nil) throws -> String {
            var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            env["GIT_CONFIG_NOSYSTEM"] = "1"
            env["GIT_CONFIG_GLOBAL"] = "/dev/null"
            for role in ["AUTHOR", "COMMITTER"] {
                env["GIT_\(role)_NAME"] = "Fixture"
                env["GIT_\(role)_EMAIL"] = "fixture@example.com"
            }
            let result = try Subprocess.run("/usr/bin/git", arguments, in: directory ?? "/", environment: env)
            guard result.status == 0 else { throw SyncFixtureFailure("git \(arguments.joined(separator: " ")) failed") }
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func commitAll(_ directory: String, _ message: String) throws {
            try git(["add", "-A"], in: directory)
            try git(["commit", "-q", "-m", message], in: directory)
        }

        /// The JSON report and the exit code the CLI would give it.
        func sync() throws -> (output: String, exitCode: Int32) {
            var options = SyncOptions()
            options.manifest = root + "/sync.yml"
            options.registry = root + "/registry.sqlite"
            options.cache = cache
            let outcome = try SyncCommands.run(options)
            return (outcome.json(), outcome.exitCode)
        }

        /// The cache clone of the one repository.
        func cacheClone() throws -> String {
            let names = try FileManager.default.contentsOfDirectory(atPath: cache).filter { !$0.hasSuffix(".lock") && !$0.hasSuffix(".memo") }
            guard names.count == 1 else { throw SyncFixtureFailure("expected one cache clone, found \(names)") }
            return cache + "/" + names[0]
        }
    }

    struct SyncFixtureFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func leftoversOfAnInterruptedRunNeverReachTheCommit() throws {
        let fixture = try Fixture()
        let first = try fixture.sync()
        #expect(first.exitCode == 0, "\(first.output)")
        #expect(first.output.contains("\"outcome\": \"updated\""))

        // A run killed mid-way: a half-written file, an untracked one, and its lock (pid gone).
        let clone = try fixture.cacheClone()
        try fixture.write(clone + "/AGENTS.md", "half written")
        try fixture.write(clone + "/stray/leftover.md", "not ours")
        try fixture.write(clone + ".lock", "999999\n")

        try fixture.write(fixture.templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- Small commits.\n")
        try fixture.commitAll(fixture.templates, "v2")
        let second = try fixture.sync()
        #expect(second.exitCode == 0, "\(second.output)")
        #expect(second.output.contains("\"outcome\": \"updated\""))
        let tree = try fixture.git(["ls-tree", "-r", "--name-only", "rulesmith/sync"], in: fixture.remote)
        #expect(!tree.contains("stray"))
        let agents = try fixture.git(["show", "rulesmith/sync:AGENTS.md"], in: fixture.remote)
        #expect(agents.contains("- Small commits."))
        #expect(!agents.contains("half written"))
        // The branch was continued, not rewritten: the first sync commit is its parent.
        let parent = try fixture.git(["rev-parse", "rulesmith/sync~1"], in: fixture.remote)
        #expect(first.output.contains(parent))
        #expect(!FileManager.default.fileExists(atPath: clone + ".lock"))
    }

    @Test func aLiveLockMakesThatRepositoryFail() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(atPath: fixture.cache, withIntermediateDirectories: true)
        _ = try fixture.sync()
        let clone = try fixture.cacheClone()
        try fixture.write(clone + ".lock", "\(getpid())\n")
        let blocked = try fixture.sync()
        #expect(blocked.exitCode == 1)
        #expect(blocked.output.contains("\"outcome\": \"failed\""))
        #expect(blocked.output.contains("another rulesmith"))
        // The lock belongs to its owner: it is left in place.
        #expect(FileManager.default.fileExists(atPath: clone + ".lock"))
    }
}
