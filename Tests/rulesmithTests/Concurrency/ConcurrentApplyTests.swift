import Foundation
import Testing

/// Two `rulesmith apply` in one repository at once: one refuses with the run-lock message (or
/// finds nothing left to do), and the repository ends exactly as one uninterrupted apply leaves it.
@Suite(.serialized)
struct ConcurrentApplyTests {
    static let rounds = 4

    /// A crash trace or a signal is never an acceptable answer.
    static func expectNoCrash(_ outcome: Spawned.Outcome, _ what: String) {
        #expect(!outcome.killed, "\(what) died of a signal: \(outcome.output)")
        for marker in ["Fatal error", "Stack dump", "Segmentation fault", "Illegal instruction", "Current stack trace"] {
            #expect(!outcome.output.contains(marker), "\(what) crashed: \(outcome.output)")
        }
    }

    @Test func twoAppliesAtOnceNeverInterleave() throws {
        let scratch = try Scratch("concurrent-apply")
        let fixture = try UpgradeFixture(scratch)
        try fixture.resetLive()
        let reference = try fixture.spawn().wait()
        try #require(reference.status == 0, "\(reference.output)")
        let new = Scratch.snapshot(fixture.live)

        var refusals = 0
        for round in 0..<Self.rounds {
            try fixture.resetLive()
            let first = try fixture.spawn()
            let second = try fixture.spawn()
            let outcomes = [first.wait(), second.wait()]
            for outcome in outcomes {
                Self.expectNoCrash(outcome, "apply (round \(round))")
                #expect(outcome.status == 0 || outcome.status == 2, "round \(round): \(outcome.output)")
                if outcome.status == 2 {
                    refusals += 1
                    #expect(outcome.stderr.contains("another rulesmith (pid "), "round \(round): \(outcome.stderr)")
                    #expect(outcome.stderr.split(separator: "\n").count == 1, "round \(round): one line: \(outcome.stderr)")
                }
            }
            #expect(outcomes.contains { $0.status == 0 }, "round \(round): neither apply succeeded")
            let state = Scratch.snapshot(fixture.live)
            #expect(state == new, "round \(round): differs from one apply in \(Set(state.keys).union(new.keys).filter { state[$0] != new[$0] }.sorted())")
            #expect(Scratch.leftovers(fixture.live).isEmpty, "round \(round)")
            #expect(!FileManager.default.fileExists(atPath: fixture.live + "/.git/rulesmith/run.lock"), "round \(round)")
        }
        print("concurrency apply: \(Self.rounds) rounds, \(refusals) refused with the run-lock message")
    }
}
