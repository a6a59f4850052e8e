import Foundation
import Testing

/// Two `rulesmith sync` of one manifest with one cache at once: a repository the other run holds
/// fails with the lock message (or is found up to date), no cache clone or remote is corrupted,
/// and a re-run leaves every repository where one uninterrupted sync does.
@Suite(.serialized)
struct ConcurrentSyncTests {
    @Test func twoSyncsAtOnceNeverCorruptAClone() throws {
        let scratch = try Scratch("concurrent-sync")
        let fleet = try SyncKillFixture(scratch)
        let reference = try fleet.reference()
        let (oldRefs, trees) = (reference.oldRefs, reference.trees)

        for round in 0..<3 {
            try fleet.resetLive()
            let runs = [try fleet.sync(["--jobs", "2"]), try fleet.sync(["--jobs", "2"])]
            let outcomes = runs.map { $0.wait() }
            for outcome in outcomes {
                ConcurrentApplyTests.expectNoCrash(outcome, "sync (round \(round))")
                #expect(outcome.status == 0 || outcome.status == 1, "round \(round): \(outcome.output)")
                if outcome.status == 1 {
                    // The only acceptable failure is a repository the other run holds.
                    for line in outcome.stdout.split(separator: "\n") where line.contains(" failed ") {
                        #expect(line.contains("another rulesmith"), "round \(round): \(line)")
                    }
                }
            }
            let refs = try fleet.refs()
            for (key, commit) in refs where oldRefs[key] != commit {
                #expect(try fleet.tree(key, commit) == trees[key], "round \(round): \(key) has the wrong tree")
            }
            for name in fleet.names { #expect(try fleet.fsck(name).isEmpty, "round \(round): fsck \(name)") }
            #expect(try RegistryProbe.integrity(scratch, database: fleet.registry) == "ok", "round \(round)")

            let again = try fleet.sync().wait()
            #expect(again.status == 0, "round \(round): re-run: \(again.output)")
            let final = try fleet.refs()
            for (key, tree) in trees {
                #expect(try final[key].map { try fleet.tree(key, $0) } == tree, "round \(round): \(key) after the re-run")
            }
            #expect(fleet.cacheLeftovers().isEmpty, "round \(round): \(fleet.cacheLeftovers())")
        }
    }
}
