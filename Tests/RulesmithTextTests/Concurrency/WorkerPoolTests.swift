import Foundation
import Testing
@testable import RulesmithText

#if canImport(Glibc)
import Glibc
#endif

/// The one worker pool: results in job order, every job run once, in both shapes.
struct WorkerPoolTests {
    @Test func mapKeepsTheOrderOfTheJobs() {
        #expect(WorkerPool.map(0) { $0 }.isEmpty)
        #expect(WorkerPool.map(1) { $0 * 2 } == [0])
        #expect(WorkerPool.map(1000) { $0 * 2 } == (0..<1000).map { $0 * 2 })
    }

    @Test func runKeepsTheOrderAndRunsEachJobOnce() {
        let runs = Counter()
        let results = WorkerPool.run(200, threads: 7) { index -> Int in
            runs.add()
            return index * index
        }
        #expect(results == (0..<200).map { $0 * $0 })
        #expect(runs.value == 200)
        #expect(WorkerPool.run(0, threads: 4) { $0 }.isEmpty)
        #expect(WorkerPool.run(3, threads: 0) { $0 } == [0, 1, 2])
    }

    @Test func blockingJobsRunOnTheirOwnThreads() {
        let names = WorkerPool.run(4, threads: 4) { _ in Thread.isMainThread }
        #expect(!names.contains(true))
    }

    /// What the jobs capture is released by the caller once `run` returns, never by a worker
    /// thread as it exits (after libdispatch tore down its state there: closing a registry's
    /// SQLite connections then corrupted the heap in `sync`). Fails, most rounds, when a thread
    /// keeps the body alive until its teardown.
    @Test func runReleasesWhatTheJobsCaptureOnTheCallingThread() {
        let caller = pthread_self()
        for round in 0..<20 {
            let releases = ReleaseLog()
            do {
                let witness = Witness(releases)
                let results = WorkerPool.run(8, threads: 4) { index -> Int in
                    witness.touch()
                    return index
                }
                #expect(results == Array(0..<8))
            }
            let threads = releases.threads
            #expect(threads.count == 1, "round \(round): released \(threads.count) times before run's caller went on")
            #expect(threads.allSatisfy { pthread_equal($0, caller) != 0 }, "round \(round): released on a worker thread")
        }
    }

    /// Records the thread that releases it.
    final class Witness: Sendable {
        let releases: ReleaseLog
        init(_ releases: ReleaseLog) { self.releases = releases }
        func touch() {}
        deinit { releases.record(pthread_self()) }
    }

    /// The threads that released a witness.
    final class ReleaseLog: @unchecked Sendable {
        private let lock = NSLock()
        private var released: [pthread_t] = []
        func record(_ thread: pthread_t) { lock.withLock { released.append(thread) } }
        var threads: [pthread_t] { lock.withLock { released } }
    }

    /// A count shared by the jobs of one run.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
