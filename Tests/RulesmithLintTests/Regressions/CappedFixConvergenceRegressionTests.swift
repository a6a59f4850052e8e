import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// Found by fuzz-security (a 70 KB file with 1,344 ESC bytes): each security rule lists at most
/// 100 findings, and only listed findings carried fixes, so `lint --fix` (10 passes) removed
/// 1,000 control characters and stopped; a second run found more to fix. The "and N more"
/// finding now carries the fixes of everything it stands for, so one run converges.
struct CappedFixConvergenceRegressionTests {
    @Test(arguments: [FileKind.agentsMd, .cursorrules, .llmsTxt])
    func controlCharactersBeyondTheCapAreFixedInOneRun(_ kind: FileKind) {
        var text = kind == .llmsTxt ? "# Title\n\n> Summary\n\n" : "# Rules\n\n"
        for index in 0..<1_500 { text += "step \(index)\u{1B}\u{1B} done\n" }
        let document = LintDocument(path: kind.examplePath, kind: kind, source: SourceText(text))
        let linter = Linter()
        let fixed = linter.fix(document)
        #expect(!fixed.bytes.contains(0x1B))
        let again = linter.fix(LintDocument(path: kind.examplePath, kind: kind, source: SourceText(bytes: fixed.bytes)))
        #expect(again.applied == 0)
        #expect(again.bytes == fixed.bytes)
    }

    @Test func theSummaryFindingCarriesTheRemainingFixes() {
        var text = "# Rules\n\n"
        for _ in 0..<250 { text += "a\u{7}b\n" }
        let diagnostics = Linter().lint(LintDocument(path: "AGENTS.md", kind: .agentsMd, source: SourceText(text)))
        let controls = diagnostics.filter { $0.ruleID == "SEC006" }
        #expect(controls.count == 101)
        #expect(controls.last?.message.hasPrefix("and 150 more") == true)
        #expect(controls.last?.fix?.edits.count == 150)
    }
}
