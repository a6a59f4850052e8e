import RulesmithText
import Testing
@testable import RulesmithLint

/// A rule that fires more than `FindingCap.perRule` times in one file lists that many and folds
/// the rest into one summary that counts them exactly, in every output format.
struct FindingCapTests {
    private let cap = FindingCap.perRule

    private func todos(_ count: Int) -> String {
        String(repeating: "TODO\n", count: count)
    }

    @Test func aFloodIsCappedWithOneSummaryThatCountsTheRestExactly() {
        let diagnostics = lintText(todos(cap + 1_234))
        #expect(diagnostics.count == cap + 1)
        let summary = diagnostics.filter { $0.collapsed > 0 }
        #expect(summary.count == 1)
        #expect(summary.first?.collapsed == 1_234)
        #expect(summary.first?.message.hasPrefix("and 1234 more like this in this file; only the first 10000 are listed") == true)
        // The summary sits where the first finding it stands for is: line cap + 1.
        #expect(summary.first?.start.line == cap + 1)
        let report = FileReport(path: "llms.txt", kind: .llmsTxt, diagnostics: diagnostics)
        #expect(LintSummary([report]).warnings == cap + 1_234)
    }

    @Test func belowTheCapNothingIsFolded() {
        let diagnostics = lintText(todos(cap))
        #expect(diagnostics.count == cap)
        #expect(diagnostics.allSatisfy { $0.collapsed == 0 })
    }

    @Test func theSummaryCarriesTheFixesItStandsFor() {
        let document = LintDocument(path: "llms.txt", kind: .llmsTxt, source: SourceText(todos(cap + 50)))
        let result = Linter(catalogue: testCatalogue).fix(document)
        #expect(result.diagnostics.isEmpty)
        #expect(String(decoding: result.bytes, as: UTF8.self) == String(repeating: "DONE\n", count: cap + 50))
    }

    @Test func suppressedFindingsAreNotCountedAndTheirDirectiveIsStillUsed() {
        let text = "<!-- rulesmith-disable TS001 -->\n" + todos(cap) + "<!-- rulesmith-enable TS001 -->\n" + todos(cap + 7)
        let diagnostics = lintText(text)
        #expect(!diagnostics.contains { $0.ruleID == SuppressionRules.unusedID })
        let todo = diagnostics.filter { $0.ruleID == "TS001" }
        #expect(todo.count == cap + 1)
        #expect(todo.last?.collapsed == 7)
        #expect(todo.allSatisfy { $0.start.line > cap + 2 })
    }

    @Test func theSummaryTakesTheMostSevereLevelItFolds() {
        let findings = (0..<5).map { Finding(range: $0..<$0 + 1, message: "m\($0)", severity: $0 == 4 ? .error : .info) }
        let folded = FindingCap.collapse(findings, limit: 2, severity: { $0.severity ?? .warning })
        #expect(folded.count == 3)
        #expect(folded[2].collapsed == 3)
        #expect(folded[2].severity == .error)
        #expect(folded[2].range == 2..<3)
    }

    @Test func jsonAndSARIFCarryTheCount() {
        let diagnostics = lintText(todos(cap + 3))
        let reports = [FileReport(path: "llms.txt", kind: .llmsTxt, diagnostics: diagnostics)]
        let json = JSONReporter().report(reports, catalogue: testCatalogue)
        #expect(json.components(separatedBy: "\"collapsed\": 3").count == 2)
        #expect(json.contains("\"warnings\": \(cap + 3)"))
        #expect(json == JSONReporter().document(reports).serialized(pretty: true) + "\n")
        let sarif = SARIFReporter().report(reports, catalogue: testCatalogue)
        #expect(sarif.contains("\"collapsed\": 3"))
    }

    @Test func mergedFixesStopAtTheEditBudget() {
        var fixes = FixAccumulator()
        for index in 0..<(FixAccumulator.editBudget + 10) {
            fixes.add(Fix(.safe, title: "x", edits: [TextEdit(range: index..<index + 1, replacement: [])]))
        }
        #expect(fixes.fix?.edits.count == FixAccumulator.editBudget)
    }
}
