import Foundation
import Testing

/// What a SIGKILL can leave besides half-done work: git's own lock files in the cache clones
/// (`index.lock`, `HEAD.lock`, a ref's `.lock`) and rulesmith's run locks whose owner is gone.
/// The next run must get past all of them with no manual step.
@Suite(.serialized)
struct StaleLockRecoveryTests {
    @Test func syncRecoversFromGitLockFilesLeftInItsClones() throws {
        let scratch = try Scratch("stale-locks")
        let fleet = try SyncKillFixture(scratch)
        let trees = try fleet.reference().trees

        try fleet.resetLive()
        let dead = try RunLockRaceTests.deadPid()
        var planted: [String] = []
        // The sync clones, and the clone of the team templates that `registry pull` keeps.
        for folder in [fleet.cache, fleet.live + "/registry/pulls"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where FileManager.default.fileExists(atPath: folder + "/\(name)/.git") {
                let git = folder + "/\(name)/.git"
                for lock in ["index.lock", "HEAD.lock", "refs/heads/main.lock"] {
                    try scratch.write(git + "/" + lock, "")
                    planted.append(git + "/" + lock)
                }
                try scratch.write(folder + "/\(name).lock", "\(dead)\n")
            }
        }
        try #require(planted.count >= 3 * fleet.names.count, "clones found: \(planted)")

        let again = try fleet.sync().wait()
        #expect(again.status == 0, "\(again.output)")
        let refs = try fleet.refs()
        for (key, tree) in trees {
            #expect(try refs[key].map { try fleet.tree(key, $0) } == tree, "\(key)")
        }
        #expect(fleet.cacheLeftovers().isEmpty, "\(fleet.cacheLeftovers())")
    }

    /// A sync killed while libgit2 updated a local remote's ref leaves `<ref>.lock` in the remote.
    /// The marker the killed run wrote before pushing proves the lock is its own: removed. A lock
    /// without that proof belongs to someone else: left alone, and that repository fails naming it.
    @Test func syncRemovesOnlyTheRefLockItsKilledPushLeft() throws {
        let scratch = try Scratch("stale-push")
        let fleet = try SyncKillFixture(scratch)
        let trees = try fleet.reference().trees
        let refLock = fleet.remote("alpha") + "/refs/heads/rulesmith/sync.lock"

        // Someone else's lock: no marker.
        try fleet.resetLive()
        try scratch.write(refLock, "")
        let refused = try fleet.sync().wait()
        #expect(refused.status == 1, "\(refused.output)")
        #expect(refused.stdout.contains("alpha") && refused.stdout.contains("sync.lock"), "\(refused.stdout)")
        #expect(FileManager.default.fileExists(atPath: refLock), "a lock that is not ours is left alone")

        // The killed run's own lock: its marker came first.
        try fleet.resetLive()
        let clones = try FileManager.default.contentsOfDirectory(atPath: fleet.cache).filter {
            FileManager.default.fileExists(atPath: fleet.cache + "/\($0)/.git")
        }
        try #require(clones.count == 3)
        for clone in clones { try scratch.write(fleet.cache + "/\(clone).pushing", "rulesmith/sync\n") }
        usleep(20_000)
        try scratch.write(refLock, "")
        usleep(20_000)
        let recovered = try fleet.sync().wait()
        #expect(recovered.status == 0, "\(recovered.output)")
        let refs = try fleet.refs()
        for (key, tree) in trees {
            #expect(try refs[key].map { try fleet.tree(key, $0) } == tree, "\(key)")
        }
        #expect(!FileManager.default.fileExists(atPath: refLock))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fleet.cache).allSatisfy { !$0.hasSuffix(".pushing") })
    }
}
