import Foundation
import RulesmithTestSupport

/// How many kills a kill test makes and when: `RULESMITH_KILLS` per command (default
/// `defaultKills`), delays drawn from a seeded generator (`RULESMITH_KILL_SEED` replays a run)
/// uniformly from 0 to 1.2 times one uninterrupted run of the command.
struct KillSchedule {
    static let defaultKills = 8

    let kills: Int
    let seed: UInt64
    private var generator: SplitMix64

    init(command: String) {
        let environment = ProcessInfo.processInfo.environment
        kills = environment["RULESMITH_KILLS"].flatMap { Int($0) }.map { max(0, $0) } ?? Self.defaultKills
        seed = environment["RULESMITH_KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        // Each command gets its own stream, so one seed replays all three tests.
        generator = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: command.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
    }

    /// The delay before the next kill, in microseconds, for a command whose uninterrupted run took
    /// `duration` microseconds.
    mutating func nextDelay(duration: UInt64) -> UInt64 {
        let span = max(1, duration + duration / 5)
        return generator.next() % span
    }

    /// What to put in every failure message so the run can be replayed.
    func context(_ index: Int, delay: UInt64) -> String {
        "kill \(index + 1)/\(kills) after \(delay / 1000) ms (replay: RULESMITH_KILL_SEED=\(seed))"
    }
}

/// Where each kill landed, for the totals line `scripts/kill-test.sh` prints.
struct KillTally {
    let command: String
    let seed: UInt64
    var counts: [String: Int] = [:]
    var recovered = 0
    var kills = 0

    mutating func record(_ moment: String, recovered ok: Bool) {
        counts[moment, default: 0] += 1
        kills += 1
        if ok { recovered += 1 }
    }

    /// One line: `kill-test <command>: N kills (seed S): a before, b partial, … ; recovered R/N`.
    var line: String {
        let parts = counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
        return "kill-test \(command): \(kills) kills (seed \(seed)): \(parts); recovered \(recovered)/\(kills)"
    }
}
