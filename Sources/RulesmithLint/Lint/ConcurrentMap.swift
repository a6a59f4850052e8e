import Dispatch

/// Maps indices on every core. Each index is computed by exactly one thread, so a body may use
/// per-index state (such as one document's analysis cache) without locks; that discipline is
/// what makes sharing the body and the result slots across threads sound.
enum ConcurrentMap {
    static func map<Output>(_ count: Int, _ body: (Int) -> Output) -> [Output] {
        guard count > 1 else { return (0..<count).map(body) }
        var results = [Output?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            withoutActuallyEscaping(body) { body in
                let work = Work(body: body, slots: slots.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: count) { index in work.run(index) }
            }
        }
        return results.map { $0! }
    }

    private struct Work<Output>: @unchecked Sendable {
        let body: (Int) -> Output
        let slots: UnsafeMutablePointer<Output?>

        func run(_ index: Int) { (slots + index).pointee = body(index) }
    }
}
