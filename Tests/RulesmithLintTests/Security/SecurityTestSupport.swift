import RulesmithEditors
import RulesmithText
@testable import RulesmithLint

/// Lints text with the security rules only, as a real run would (suppressions, severities).
enum SecurityLint {
    static let linter = Linter(catalogue: RuleCatalogue(rules: SecurityRules.all + SuppressionRules.all))

    static func diagnostics(_ bytes: [UInt8], kind: FileKind = .agentsMd) -> [Diagnostic] {
        let document = LintDocument(path: kind.examplePath, kind: kind, source: SourceText(bytes: bytes))
        return linter.lint(document).filter { $0.ruleID.hasPrefix("SEC") }
    }

    static func diagnostics(_ text: String, kind: FileKind = .agentsMd) -> [Diagnostic] {
        diagnostics(Array(text.utf8), kind: kind)
    }

    /// `text` spelled in invisible tag characters.
    static func tags(_ text: String) -> String { ExampleText.tags(text) }
}

/// A small deterministic generator for bulk test input (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
