import Foundation
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLint

/// Lints every llms.txt of `shared/corpus` and checks the outcome against RESULTS.tsv.
@Suite(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"))
struct LLMSTxtCorpusTests {
    static let files = SharedCorpus.llmsTxtFiles()
    static let results = SharedCorpus.llmsTxtResults()

    /// Files RESULTS.tsv calls clean: no error and no warning.
    static let cleanFiles = [
        "AnswerDotAI__fasthtml__llms.txt", "0nliner__archtool__llms.txt",
        "AgentBuff__langchain4j-cn__llms.txt", "0xMiden__docs__llms.txt",
    ]

    /// Where the v2 profile (the default) differs from `strict_rules_err_warn`, which was computed
    /// with the rule table's default severities (those equal the v1 profile on BOM-free files).
    /// Each entry: file → rule IDs the column has that v2 does not report at error or warning.
    static let expectedV2Differences: [String: Set<String>] = [
        // `## Optional: chat/MCP access`: LT033 is a warning under v1 but an information under v2,
        // where `Optional` has no mechanical meaning.
        "0x3639__go-zenon__llms.txt": ["LT033"],
    ]

    /// Issue 18 item 12: one cause is reported once, so these IDs of the results column (written
    /// when an H3 drew LT060 beside LT021/LT020, a linkless `*` item LT043 beside LT041, and an H1
    /// after the sections LT006 beside LT022) are no longer reported for these files.
    static let reportedOnce: [String: Set<String>] = [
        "0-vortex__carlapuscas.com__llms.txt": ["LT060"],
        "03-git__subtract.ing__llms.txt": ["LT043"],
        "0x1000000__SqExpress__llms.txt": ["LT043"],
        "0xBaseline__baseline-docs__llms.txt": ["LT043", "LT060"],
        "1clawAI__1claw-docs__llms.txt": ["LT043", "LT060"],
        "2060-io__hologram-docs__llms.txt": ["LT060"],
        "567-labs__instructor__llms.txt": ["LT043", "LT060"],
        "APAF-bioinformatics__HydraR__llms.txt": ["LT006", "LT043", "LT060"],
        "ARCbiostat__MixMashNet__llms.txt": ["LT006", "LT060"],
        "TailGrids__tailgrids__llms.txt": ["LT060"],
    ]

    static func lint(_ url: URL, profile: Profile) throws -> [Diagnostic] {
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = LintDocument(
            path: url.lastPathComponent, kind: .llmsTxt, source: SourceText(bytes: bytes),
            options: LintOptions(profile: profile))
        return Linter().lint(document)
    }

    static func errorAndWarningIDs(_ diagnostics: [Diagnostic]) -> Set<String> {
        Set(diagnostics.filter { $0.severity >= .warning && $0.ruleID.hasPrefix("LT") }.map(\.ruleID))
    }

    static func expectedIDs(_ name: String) -> Set<String>? {
        guard let row = results[name], let column = row["strict_rules_err_warn"] else { return nil }
        return Set(column.split(separator: " ").map(String.init)).subtracting(reportedOnce[name] ?? [])
    }

    @Test func corpusIsPresent() {
        #expect(Self.files.count == 37)
        #expect(Self.results.count == 37)
    }

    @Test(arguments: cleanFiles)
    func cleanFilesDrawNoErrorOrWarning(name: String) throws {
        let url = try #require(Self.files.first { $0.lastPathComponent == name })
        let diagnostics = try Self.lint(url, profile: .v2)
        let loud = diagnostics.filter { $0.severity >= .warning }
        #expect(loud.isEmpty, "\(name): \(loud.map { "\($0.ruleID)@\($0.start.line): \($0.message)" })")
    }

    @Test(arguments: files.map(\.lastPathComponent))
    func ruleIDsMatchTheResultsColumnUnderV1(name: String) throws {
        let url = try #require(Self.files.first { $0.lastPathComponent == name })
        let expected = try #require(Self.expectedIDs(name))
        let actual = Self.errorAndWarningIDs(try Self.lint(url, profile: .v1))
        #expect(actual == expected, "\(name): missing \(expected.subtracting(actual).sorted()), extra \(actual.subtracting(expected).sorted())")
    }

    @Test(arguments: files.map(\.lastPathComponent))
    func ruleIDsMatchTheResultsColumnUnderV2(name: String) throws {
        let url = try #require(Self.files.first { $0.lastPathComponent == name })
        let expected = try #require(Self.expectedIDs(name)).subtracting(Self.expectedV2Differences[name] ?? [])
        let actual = Self.errorAndWarningIDs(try Self.lint(url, profile: .v2))
        #expect(actual == expected, "\(name): missing \(expected.subtracting(actual).sorted()), extra \(actual.subtracting(expected).sorted())")
    }
}
