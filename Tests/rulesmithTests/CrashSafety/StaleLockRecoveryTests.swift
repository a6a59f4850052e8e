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
        let oldRefs = try fleet.refs()
        let reference = try fleet.sync().wait()
        try #require(reference.status == 0, "\(reference.output)")
        var trees: [String: String] = [:]
        for (key, commit) in try fleet.refs() where oldRefs[key] != commit { trees[key] = try fleet.tree(key, commit) }

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
}
