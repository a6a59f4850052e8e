import Foundation
import RulesmithLint
import RulesmithText

/// The first read failure (in input order) of a run whose files are read on every core: the run
/// fails with the error the first unreadable file would have raised read in order.
final class ReadFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var earliest: (index: Int, error: RulesmithError)?

    func record(_ error: RulesmithError, at index: Int) {
        lock.withLock {
            if earliest.map({ index < $0.index }) ?? true { earliest = (index, error) }
        }
    }

    var first: RulesmithError? { lock.withLock { earliest?.error } }
}

/// Documents a streaming run keeps after linting them (the importers the `@imports` pass starts
/// from), by input index. Safe from every thread.
final class KeptDocuments: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [Int: LintDocument] = [:]

    func keep(_ document: LintDocument, at index: Int) {
        lock.withLock { documents[index] = document }
    }

    func document(at index: Int) -> LintDocument? { lock.withLock { documents[index] } }
}
