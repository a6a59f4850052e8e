import Testing
@testable import RulesmithLint
import RulesmithText

/// A large document's analyses (its Markdown blocks and lines, the llms.txt columns, the
/// security scan's state) are freed once its rules ran, before its findings become
/// diagnostics: a flood's structure and its 10,000 diagnostics per rule are not held at once.
/// What the engine still reads then (suppression comments, shown code) is read before.
struct StructureReleaseTests {
    /// Link-less items past the size from which rules run on every core, with a suppression
    /// comment in a code block (an example, which silences nothing) and one outside.
    private static func text(items: Int) -> String {
        "# P\n\n> S.\n\n```\n<!-- rulesmith-disable LT041 -->\n```\n\n## Docs\n\n"
            + String(repeating: "- item\n", count: items)
            + "\n## More\n\n<!-- rulesmith-disable LT041 -->\n\n- silenced\n"
    }

    @Test func aLargeDocumentHoldsNoAnalysisOnceLinted() {
        let source = SourceText(Self.text(items: 40_000))
        #expect(source.bytes.count >= Linter.parallelRulesBytes)
        let document = LintDocument(path: "llms.txt", kind: .llmsTxt, source: source)
        let diagnostics = Linter().lint(document)
        #expect(document.heldAnalysisCount == 0)
        // The directive in the code block silenced nothing (40,001 would be found without the
        // one after it, none if it counted), the one after the items silenced the last.
        let items = diagnostics.filter { $0.ruleID == "LT041" }
        #expect(items.reduce(0) { $0 + $1.findingCount } == 40_000)
        // Asked again, an analysis is made again.
        #expect(document.llmsTxt.sections.count == 2)
    }

    @Test func aSmallDocumentKeepsItsAnalyses() {
        let document = LintDocument(path: "llms.txt", kind: .llmsTxt, source: SourceText(Self.text(items: 10)))
        let diagnostics = Linter().lint(document)
        #expect(document.heldAnalysisCount > 0)
        #expect(diagnostics.filter { $0.ruleID == "LT041" }.count == 10)
    }
}
