import Foundation
import RulesmithTemplates
import RulesmithText

/// The `[done/total] repository: step` line on stderr, redrawn in place; silent when disabled.
final class SyncProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let total: Int
    private var done = 0
    private var shown = false

    init(enabled: Bool, total: Int) {
        self.enabled = enabled
        self.total = total
    }

    /// Shows that `name` reached `step`.
    func update(_ name: String, _ step: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        draw("[\(done)/\(total)] \(name): \(step)")
    }

    /// Counts one repository as finished.
    func finished(_ name: String, _ outcome: SyncOutcome) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        draw("[\(done)/\(total)] \(name): \(outcome.rawValue)")
    }

    /// Clears the line before the table is printed.
    func clear() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if shown { Terminal.standardError.write("\r\u{1B}[2K") }
        shown = false
    }

    private func draw(_ text: String) {
        shown = true
        Terminal.standardError.write("\r\u{1B}[2K" + PrintableMessage.make(String(text.prefix(160))))
    }
}

/// Runs `count` jobs on up to `jobs` threads; each job's result lands at its index. Threads rather
/// than tasks: a job blocks on git and the disk, and libgit2 handles stay on the thread that made them.
enum SyncWorkers {
    static func run<T: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let state = SyncWorkerState<T>(count: count)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            group.enter()
            let thread = Thread {
                while let index = state.take() { state.store(body(index), at: index) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return state.results.map { $0! }
    }
}

/// The next job to take and the results so far, behind a lock.
private final class SyncWorkerState<T>: @unchecked Sendable {
    let lock = NSLock()
    var next = 0
    var results: [T?]
    init(count: Int) { results = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        results[index] = value
        lock.unlock()
    }
}
