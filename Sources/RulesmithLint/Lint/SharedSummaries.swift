import Foundation

/// What the summaries of one run share, by key (a fingerprint of identical text is made once and
/// held once, however many copies of the file a monorepo carries). Safe from every thread.
public final class SharedSummaries: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [AnyHashable: any Sendable] = [:]

    public init() {}

    /// The value stored under `key`, else `make()` stored there (the first one made wins).
    public func intern<Value: Sendable>(_ key: AnyHashable, _ make: () -> Value) -> Value {
        if let found = lock.withLock({ values[key] }) as? Value { return found }
        let made = make()
        return lock.withLock {
            if let found = values[key] as? Value { return found }
            values[key] = made
            return made
        }
    }
}
