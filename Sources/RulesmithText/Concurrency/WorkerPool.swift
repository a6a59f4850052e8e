import Dispatch
import Foundation

/// The one worker pool: runs `count` jobs in parallel, each result at its job's index. Two
/// shapes of work share it: CPU-bound jobs (`map`, one per core at a time: linting) and blocking
/// jobs (`run`, on a fixed number of dedicated threads: network fetches, git and disk, where a
/// pool sized to the cores would sit idle waiting).
public enum WorkerPool {
    /// Maps indices on every core. Each index is computed by exactly one thread, so a body may use
    /// per-index state (such as one document's analysis cache) without locks; that discipline is
    /// what makes sharing the body and the result slots across threads sound.
    @inlinable
    public static func map<Output>(_ count: Int, _ body: (Int) -> Output) -> [Output] {
        guard count > 1 else { return (0..<count).map(body) }
        var results = [Output?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            withoutActuallyEscaping(body) { body in
                let work = Slots(body: body, slots: slots.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: count) { index in work.run(index) }
            }
        }
        return results.map { $0! }
    }

    /// Runs `count` blocking jobs on up to `threads` threads of `stackSize` bytes (libgit2 and
    /// deep parsers want more than a dispatch worker's stack); a handle made by a job stays on
    /// the thread that made it.
    public static func run<Output: Sendable>(
        _ count: Int, threads: Int, stackSize: Int = 8 << 20, _ body: @escaping @Sendable (Int) -> Output
    ) -> [Output] {
        guard count > 0 else { return [] }
        let threads = max(1, min(threads, count))
        let queue = JobQueue<Output>(count: count)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                while let index = queue.take() { queue.store(body(index), at: index) }
                finished.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        finished.wait()
        return queue.results.map { $0! }
    }

    /// The body and the result slots of `map`, shared by the threads of one call.
    @usableFromInline
    struct Slots<Output>: @unchecked Sendable {
        @usableFromInline let body: (Int) -> Output
        @usableFromInline let slots: UnsafeMutablePointer<Output?>

        @usableFromInline
        init(body: @escaping (Int) -> Output, slots: UnsafeMutablePointer<Output?>) {
            self.body = body
            self.slots = slots
        }

        @inlinable
        func run(_ index: Int) { (slots + index).pointee = body(index) }
    }

    /// The next job to take and the results so far of `run`, behind a lock.
    private final class JobQueue<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var results: [Output?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func take() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                next += 1
                return next - 1
            }
        }

        func store(_ value: Output, at index: Int) {
            lock.withLock { results[index] = value }
        }
    }
}
