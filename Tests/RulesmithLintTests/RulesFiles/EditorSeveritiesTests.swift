import RulesmithEditors
import Testing
@testable import RulesmithLint

/// How the editor facts become lint severities (RF002's budgets, MDC005-style glob issues).
struct EditorSeveritiesTests {
    @Test func truncatingVendorBudgetsAreErrorsAndTheRestWarnings() throws {
        let windsurf = try #require(TargetCatalogue.budgets(for: .windsurf).first)
        #expect(windsurf.severity == .error)
        let rule = try #require(TargetCatalogue.budgets(for: .windsurfRule).first)
        #expect(rule.severity == .error)
        let codex = try #require(TargetCatalogue.budgets(for: .agentsMd).first)
        #expect(codex.severity == .warning)
        let cursor = try #require(TargetCatalogue.budgets(for: .cursorMdc).first)
        #expect(cursor.severity == .warning)
    }

    @Test func unusableGlobsAreErrorsAndDoubtfulOnesWarnings() {
        #expect(GlobDialect.cursor.issues(in: "./src/*.ts").map(\.severity) == [.warning])
        #expect(GlobDialect.kiro.issues(in: "C:\\src\\*.ts").map(\.severity) == [.error, .warning])
        #expect(GlobDialect.windsurf.issues(in: "").map(\.severity) == [.warning])
    }
}
