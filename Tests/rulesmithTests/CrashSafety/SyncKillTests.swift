import Foundation
import Testing

/// SIGKILLs `rulesmith sync` at random moments (pulling the team templates, fetching, planning,
/// committing, pushing), then checks every remote: each ref is unchanged or a complete new commit
/// whose tree is what an uninterrupted sync pushes, and `git fsck --strict` passes; the registry
/// is sound; the next sync converges with no manual step.
@Suite(.serialized)
struct SyncKillTests {
    @Test func syncKilledAtRandomMomentsLeavesRemotesWholeAndConverges() throws {
        let scratch = try Scratch("kill-sync")
        let fleet = try SyncKillFixture(scratch)
        let reference = try fleet.reference()
        let (oldRefs, newTrees, duration) = (reference.oldRefs, reference.trees, reference.duration)
        // Three branches continue, one is new; main never moves.
        try #require(newTrees.count == fleet.names.count, "moved refs: \(newTrees.keys.sorted())")

        var schedule = KillSchedule(command: "sync")
        var tally = KillTally(command: "sync", seed: schedule.seed)
        for index in 0..<schedule.kills {
            try fleet.resetLive()
            let delay = schedule.nextDelay(duration: duration)
            let context = schedule.context(index, delay: delay)
            let child = try fleet.sync()
            usleep(UInt32(delay))
            child.kill()
            let killed = child.wait()

            let refs = try fleet.refs()
            var moved = 0
            for key in Set(refs.keys).union(oldRefs.keys) where refs[key] != oldRefs[key] {
                guard let commit = refs[key], let tree = newTrees[key] else {
                    Issue.record("\(key) changed unexpectedly (\(oldRefs[key] ?? "none") → \(refs[key] ?? "deleted")); \(context)")
                    continue
                }
                #expect(try fleet.tree(key, commit) == tree, "\(key) points to a commit with the wrong tree; \(context)")
                moved += 1
            }
            for name in fleet.names {
                let fsck = try fleet.fsck(name)
                #expect(fsck.isEmpty, "git fsck of \(name) after the kill: \(fsck); \(context)")
            }
            #expect(try RegistryProbe.integrity(scratch, database: fleet.registry) == "ok", "registry after the kill; \(context)")
            let moment = !killed.killed ? "finished-before-kill" : moved == 0 ? "before-push" : moved == newTrees.count ? "after-push" : "mid-push"

            // The next sync needs no manual step and ends where an uninterrupted one does.
            let again = try fleet.sync().wait()
            #expect(again.status == 0, "re-sync after the kill: \(again.output); \(context)")
            let final = try fleet.refs()
            var converged = again.status == 0
            for (key, tree) in newTrees {
                let same = try final[key].map { try fleet.tree(key, $0) } == tree
                #expect(same, "\(key) after the re-sync; \(context)")
                converged = converged && same
            }
            for name in fleet.names { #expect(try fleet.fsck(name).isEmpty, "git fsck of \(name) after the re-sync; \(context)") }
            let leftovers = fleet.cacheLeftovers()
            #expect(leftovers.isEmpty, "left in the cache after the re-sync: \(leftovers); \(context)")
            tally.record(moment, recovered: converged && leftovers.isEmpty)
        }
        print(tally.line)
    }
}
