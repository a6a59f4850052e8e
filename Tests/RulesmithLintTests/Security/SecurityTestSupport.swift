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
