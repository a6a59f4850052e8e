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
