import ArgumentParser
import RulesmithKit

/// `--format text|json` of every command but `lint` and `hook run` (which also print SARIF and
/// GitHub annotations).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints a command's outcome in the chosen format and ends with its exit code: 0, or 1 when
/// the outcome needs attention (drift, conflicts, findings). Failures are thrown, not printed here.
enum Output {
    static func finish(_ outcome: some CommandOutcome, format: OutputFormat) throws {
        Terminal.standardOutput.write(format == .json ? outcome.json() : outcome.text())
        if outcome.needsAttention { throw ExitStatus(1) }
    }
}

/// A finished run that should end the process with `code` (0 clean, 1 findings or drift).
struct ExitStatus: Error {
    var code: Int32

    init(_ code: Int32) {
        self.code = code
    }
}

extension RulesmithFailure {
    /// The exit code of the contract: a gate that refused on purpose (lint errors in templates to
    /// import, a security error in a commit) is 1, like findings; every other failure is 2.
    var exitCode: Int32 {
        if case .refused = self { return 1 }
        return 2
    }
}
