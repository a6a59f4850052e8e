import Foundation
import RulesmithTestSupport
import Testing

/// Repeated `sync --dry-run` of several repositories in parallel never crashes. Sync's worker
/// threads used to hold the last reference to the registry until they exited, so its SQLite
/// connections were closed during the thread's teardown, concurrently with the temporary folder's
/// removal, and the heap was corrupted ("malloc(): unaligned fastbin chunk detected", about one
/// run in 10 to 50 here). A race: this test cannot fail every time, only most series of runs;
/// `WorkerPoolTests.runReleasesWhatTheJobsCaptureOnTheCallingThread` pins the cause.
@Suite(.serialized)
struct SyncWorkerTeardownTests {
    @Test func parallelDryRunsEndCleanly() throws {
        let fleet = try SyncFleet()
        var manifest = "registry:\n  source: templates\nbranch: rulesmith/sync\ndefaults:\n  base: main\n  stacks: [tool]\n  targets: [agents]\nrepositories:\n"
        for name in ["alpha", "beta", "gamma", "delta"] {
            try fleet.remote(name)
            manifest += "  - path: remotes/\(name).git\n"
        }
        try fleet.write(fleet.root + "/fleet.yml", manifest)
        for round in 0..<12 {
            let jobs = round.isMultiple(of: 3) ? "1" : "4"
            let result = try fleet.run(["sync", "fleet.yml", "--dry-run", "--jobs", jobs, "--cache", fleet.cache])
            #expect(result.status == 0, "round \(round) (--jobs \(jobs)): exit \(result.status)\n\(result.stdout)\(result.stderr)")
            for marker in ["Program crashed", "malloc", "Fatal error"] {
                #expect(!result.stderr.contains(marker), "round \(round) (--jobs \(jobs)): \(result.stderr)")
            }
            #expect(result.stdout.contains("4 updated"), "round \(round): \(result.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: fleet.cache + "/registry"), "a dry run wrote sync's registry")
    }
}
