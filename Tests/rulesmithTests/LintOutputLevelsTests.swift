import Foundation
import RulesmithTestSupport
import Testing

/// `rulesmith lint` output people can read (issue 18, item 13): a rule that floods a file is
/// summarised in text output and listed whole in JSON; `--min-severity` and `--quiet` hide levels.
@Suite(.serialized)
struct LintOutputLevelsTests {
    /// An llms.txt whose 40 links point at HTML pages: 40 LT055 infos (and one LT083 naming the
    /// sitemap shape), and one error (LT041).
    static let flood: String = {
        var text = "# Site\n\n> Pages.\n\n## Pages\n\n- plain item\n"
        for index in 0..<40 { text += "- [Page \(index)](https://x.dev/page\(index).html)\n" }
        return text
    }()

    static func lint(_ arguments: [String], _ text: String = flood) throws -> Rulesmith.Result {
        try Rulesmith.run(["lint", "-", "--kind", "llms-txt"] + arguments, stdin: text)
    }

    @Test func aFloodIsSummarisedInTextAndListedInJSON() throws {
        let text = try Self.lint([])
        let lines = text.stdout.split(separator: "\n").filter { $0.hasSuffix("[LT055]") }
        #expect(lines.count == 4)
        #expect(lines.last?.contains("… and 37 more like this in this file") == true)
        // The summary line counts every finding: 40 LT055 and LT083's one note on the file's shape.
        #expect(text.stdout.contains("41 infos"))
        let json = try Self.lint(["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.count { $0["rule"] as? String == "LT055" } == 40)
    }

    @Test func minimumSeverityHidesLowerLevelsInEveryFormat() throws {
        let text = try Self.lint(["--min-severity", "warning"])
        #expect(!text.stdout.contains("[LT055]"))
        #expect(text.stdout.contains("[LT041]"))
        #expect(text.stdout.contains("0 infos"))
        #expect(text.status == 1)
        let json = try Self.lint(["--min-severity", "error", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0["severity"] as? String == "error" })
        let bad = try Self.lint(["--min-severity", "loud"])
        #expect(bad.status == 2)
    }

    @Test func quietShowsErrorsOnlyAndNothingWhenClean() throws {
        let noisy = try Self.lint(["--quiet"])
        #expect(noisy.status == 1)
        #expect(noisy.stdout.contains("[LT041]") && !noisy.stdout.contains("[LT055]"))
        let warningsOnly = try Self.lint(["--quiet"], "# Site\n\n> Pages.\n\n## Pages\n\n- [Page](http://x.dev/page.md)\n")
        #expect(warningsOnly.status == 0)
        #expect(warningsOnly.stdout.isEmpty)
        let conflict = try Self.lint(["--quiet", "--min-severity", "info"])
        #expect(conflict.status == 2)
    }
}
