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
    ///
    /// Returns only once every thread has exited, and the threads never own `body`: the caller
    /// releases it, so what it captures (a registry's SQLite connections, libgit2 handles) is
    /// freed on the calling thread. A thread that held the last reference would free it while
    /// exiting, after libdispatch has torn down that thread's state: GRDB's close then used
    /// dispatch there and corrupted the heap (`sync` aborting with "malloc(): unaligned fastbin
    /// chunk detected").
    public static func run<Output: Sendable>(
        _ count: Int, threads: Int, stackSize: Int = 8 << 20, _ body: @escaping @Sendable (Int) -> Output
    ) -> [Output] {
        guard count > 0 else { return [] }
        let threads = max(1, min(threads, count))
        let queue = JobQueue<Output>(count: count, body: body)
        return withExtendedLifetime(queue) {
            let workers = (0..<threads).compactMap { _ in JobThread.start(queue, stackSize: stackSize) }
            // No thread at all (the process is out of threads): the jobs still run, here.
            if workers.isEmpty { queue.drain() }
            for worker in workers { JobThread.join(worker) }
            return queue.results.map { $0! }
        }
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

    /// The jobs of one `run`: the body, the next job to take and the results so far, behind a lock.
    private final class JobQueue<Output>: JobSource, @unchecked Sendable {
        private let lock = NSLock()
        private let body: (Int) -> Output
        private var next = 0
        private(set) var results: [Output?]

        init(count: Int, body: @escaping (Int) -> Output) {
            self.body = body
            results = Array(repeating: nil, count: count)
        }

        override func drain() {
            while let index = take() { store(body(index), at: index) }
        }

        private func take() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                next += 1
                return next - 1
            }
        }

        private func store(_ value: Output, at index: Int) {
            lock.withLock { results[index] = value }
        }
    }
}

/// What a job thread runs, seen without its output type (a C thread entry cannot be generic).
private class JobSource: @unchecked Sendable {
    func drain() {}
}

/// The threads of `WorkerPool.run`: POSIX threads joined before `run` returns, each borrowing its
/// `JobSource` unretained, so nothing the jobs captured is released by a thread as it exits.
private enum JobThread {
    #if canImport(Darwin)
    typealias Handle = pthread_t?
    #else
    typealias Handle = pthread_t
    #endif

    /// Starts a thread draining `source`; nil when the system refuses one.
    static func start(_ source: JobSource, stackSize: Int) -> Handle? {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        _ = pthread_attr_setstacksize(&attributes, stackSize)
        #if canImport(Darwin)
        var handle: pthread_t?
        #else
        var handle = pthread_t()
        #endif
        let argument = Unmanaged.passUnretained(source).toOpaque()
        guard pthread_create(&handle, &attributes, entry, argument) == 0 else { return nil }
        return handle
    }

    static func join(_ handle: Handle) {
        #if canImport(Darwin)
        guard let handle else { return }
        #endif
        _ = pthread_join(handle, nil)
    }

    #if canImport(Darwin)
    private static let entry: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = { argument in
        Unmanaged<JobSource>.fromOpaque(argument).takeUnretainedValue().drain()
        return nil
    }
    #else
    private static let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { argument in
        guard let argument else { return nil }
        Unmanaged<JobSource>.fromOpaque(argument).takeUnretainedValue().drain()
        return nil
    }
    #endif
}
