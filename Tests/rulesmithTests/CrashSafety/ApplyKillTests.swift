import Foundation
import Testing

/// SIGKILLs `rulesmith apply --latest` at random moments of an upgrade with hand edits, then
/// checks that nothing is torn, that the lockfile is written last, and that the next run
/// recovers to exactly what an uninterrupted run produces.
@Suite(.serialized)
struct ApplyKillTests {
    @Test func applyKilledAtRandomMomentsRecovers() throws {
        let scratch = try Scratch("kill-apply")
        let fixture = try UpgradeFixture(scratch)
        let old = Scratch.snapshot(fixture.pristine)

        try fixture.resetLive()
        let started = Spawned.now
        let reference = try fixture.spawn().wait()
        let duration = Spawned.now - started
        try #require(reference.status == 0, "uninterrupted apply: \(reference.output)")
        let new = Scratch.snapshot(fixture.live)
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        // The scenario must exercise rewrites, a merge, an addition, a deletion, the pin and the lock.
        try #require(changed.count >= 6, "changed: \(changed.sorted())")
        try #require(changed.contains(".rulesmith.lock") && changed.contains(".rulesmith.yml") && changed.contains("AGENTS.md"))
        try #require(String(decoding: new["AGENTS.md"] ?? Data(), as: UTF8.self).contains("Local: sign every commit."))
        let lockName = ".rulesmith.lock"

        var schedule = KillSchedule(command: "apply")
        var tally = KillTally(command: "apply", seed: schedule.seed)
        for index in 0..<schedule.kills {
            try fixture.resetLive()
            let delay = schedule.nextDelay(duration: duration)
            let context = schedule.context(index, delay: delay)
            let child = try fixture.spawn()
            usleep(UInt32(delay))
            child.kill()
            let killed = child.wait()

            // Every file is its old or its new bytes; nothing else appears but temp files.
            let state = Scratch.snapshot(fixture.live)
            for path in Set(state.keys).union(old.keys).union(new.keys) {
                if (path as NSString).lastPathComponent.hasPrefix(".rulesmith-tmp-") { continue }
                #expect(state[path] == old[path] || state[path] == new[path], "\(path) is torn or unexpected; \(context)")
            }
            // The lockfile is written last: a new lockfile means every file is new.
            if state[lockName] == new[lockName] {
                for path in changed where path != lockName {
                    #expect(state[path] == new[path], "the new lockfile is on disk but \(path) is old; \(context)")
                }
            }
            let newCount = changed.count { state[$0] == new[$0] }
            let moment = !killed.killed ? "finished-before-kill" : newCount == 0 ? "before-writes" : newCount == changed.count ? "after-writes" : "mid-writes"

            // Whatever the mix, the state classifies: status reads it without error.
            let status = try fixture.spawn(["status", "--format", "json"]).wait()
            #expect(status.status == 0, "status after the kill: \(status.output); \(context)")

            // The next run takes over the stale run lock, removes temp files and lands on the
            // uninterrupted result, hand edits included.
            let again = try fixture.spawn().wait()
            #expect(again.status == 0, "re-run after the kill: \(again.output); \(context)")
            let recovered = Scratch.snapshot(fixture.live)
            let leftovers = Scratch.leftovers(fixture.live)
            let runLock = FileManager.default.fileExists(atPath: fixture.live + "/.git/rulesmith/run.lock")
            #expect(recovered == new, "re-run differs from the uninterrupted run in \(Set(recovered.keys).union(new.keys).filter { recovered[$0] != new[$0] }.sorted()); \(context)")
            #expect(leftovers.isEmpty, "temp files left after the re-run: \(leftovers); \(context)")
            #expect(!runLock, "the run lock is still there after the re-run; \(context)")
            tally.record(moment, recovered: again.status == 0 && recovered == new && leftovers.isEmpty && !runLock)
        }
        print(tally.line)
    }
}
