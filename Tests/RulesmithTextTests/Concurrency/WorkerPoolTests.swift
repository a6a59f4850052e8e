import Foundation
import Testing
@testable import RulesmithText

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

    /// A count shared by the jobs of one run.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
