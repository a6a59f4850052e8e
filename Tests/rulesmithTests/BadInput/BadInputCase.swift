import Foundation
import Testing

/// One row of the bad-input table: a command, the hostile state it meets, and what must happen.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// What the command must do with the input.
    enum Expected: Sendable {
        /// Exit 2 with exactly one line on stderr.
        case refused
        /// The input is lintable: exit 0 or 1 (findings), nothing on stderr but a summary-free report.
        case linted
        /// Any of these exit codes; exit 2 still needs exactly one stderr line.
        case exits(Set<Int32>)
        /// Exit 2 listing every problem of a configuration file: one complete `rulesmith: file:line:
        /// problem` line each (ConfigurationLoader's contract), and few of them (no alias expansion).
        case problemList
    }

    var name: String
    /// The arguments; `$REPO`, `$ROOT` and `$BIG` are replaced by the sandbox's paths.
    var arguments: [String]
    var state: BadInputSandbox.State = .repository
    var expected: Expected
    /// Sandbox-relative paths the command may legitimately change (everything else must stay byte-identical).
    var mayChange: [String] = []
    /// Run as this uid (through setpriv) so permission checks bite even though tests run as root.
    var user: Int?
    var stdin: [UInt8]?
    /// Text the single stderr line must contain (the cause or the file it names).
    var mentions: String?
    /// After this many seconds the process is killed and the row fails as a hang (generous for
    /// the 100 MB rows: debug and AddressSanitizer builds are slow, and a hang never ends).
    var deadline: Double = 60
    /// Extra environment for the process.
    var environment: [String: String] = [:]
    var prepare: @Sendable (BadInputSandbox) throws -> Void = { _ in }

    var testDescription: String { name }
}

extension BadInputCase {
    var isProblemList: Bool {
        if case .problemList = expected { return true }
        return false
    }

    /// The uid of `nobody`, for rows that need permissions to apply.
    static let nobody = 65534
}
