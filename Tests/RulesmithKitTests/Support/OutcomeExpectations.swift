import RulesmithKit

// Shorthands for the tests: an outcome's text, and the exit code the CLI gives it and a failure
// (as `Sources/rulesmith/Output.swift` maps them), so assertions read like the contract.
extension CommandOutcome {
    var output: String { text() }
    var exitCode: Int32 { needsAttention ? 1 : 0 }
}

extension RulesmithFailure {
    var exitCode: Int32 {
        if case .refused = self { return 1 }
        return 2
    }
}

extension LintOutcome {
    var exitCode: Int32 { needsAttention ? 1 : 0 }
}

extension HookOutcome {
    var exitCode: Int32 { needsAttention ? 1 : 0 }
}
