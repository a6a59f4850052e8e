import Foundation

/// Runs a blocking function over many inputs on a fixed number of threads (network waits
/// would starve a pool sized to the CPU count), keeping results in input order.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, _ body: @escaping @Sendable (Input) -> Output
    ) -> [Output] {
        let threads = max(1, min(jobs, inputs.count))
        if threads == 1 { return inputs.map(body) }
        let box = Box<Output>(count: inputs.count)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                while let index = box.next() {
                    box.store(body(inputs[index]), at: index)
                }
                finished.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        finished.wait()
        return box.results.map { $0! }
    }

    private final class Box<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var cursor = 0
        private let count: Int
        private(set) var results: [Output?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.withLock {
                guard cursor < count else { return nil }
                cursor += 1
                return cursor - 1
            }
        }

        func store(_ value: Output, at index: Int) {
            lock.withLock { results[index] = value }
        }
    }
}
