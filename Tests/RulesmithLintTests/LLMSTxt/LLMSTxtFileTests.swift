import RulesmithText
import Testing
@testable import RulesmithLint

/// Whole files through the llms.txt family: what fires where, and what `--fix` leaves behind.
struct LLMSTxtFileTests {
    static func lint(_ text: String, profile: Profile = .v2) -> [Diagnostic] {
        lint(bytes: Array(text.utf8), profile: profile)
    }

    static func lint(bytes: [UInt8], profile: Profile = .v2) -> [Diagnostic] {
        let document = LintDocument(
            path: "llms.txt", kind: .llmsTxt, source: SourceText(bytes: bytes), options: LintOptions(profile: profile))
        return Linter().lint(document)
    }

    /// `ID@line:column` for each diagnostic, in order.
    static func placed(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.ruleID)@\($0.start.line):\($0.start.column)" }
    }

    @Test func aValidFileIsSilent() {
        let text = """
        # Project

        > A library for parsing llms.txt files.

        Use the guide first; the API reference lists every function.

        ## Docs

        - [Guide](https://x.dev/guide.md): install and first steps
        - [API](https://x.dev/api.md): every public function

        ## Optional

        - [Blog](https://x.dev/blog.md)

        """
        #expect(Self.lint(text).isEmpty)
        #expect(Self.lint(text, profile: .v1).isEmpty)
    }

    @Test func aMessyFileReportsEachProblemWhereItIs() {
        let text = """
        Generated file
        # Project
        > Summary
        ## Docs ##
        Read these first.
        * [Guide](/guide.md) setup
        - [API](https://x.dev/api_(v2).md)
        - Changelog
        - [FAQ](https://x.dev/faq.md): answers
          wrapped
        ### Deep
        ```r
        ## comment
        ```
        ## Docs
        - [Guide](https://x.dev/guide.md)

        """
        let placed = Self.placed(Self.lint(text))
        #expect(!placed.contains { $0.hasPrefix("LT004") }, "a title exists, so LT004 stays silent")
        for finding in [
            "LT005@1:1", "LT013@3:1", "LT032@4:8", "LT040@5:1", "LT043@6:1", "LT051@6:11", "LT046@6:22",
            "LT053@7:3", "LT041@8:1", "LT045@10:3", "LT021@11:1", "LT040@12:1",
            "LT060@13:1", "LT031@15:1",
        ] {
            #expect(placed.contains(finding), "missing \(finding) in \(placed)")
        }
        // One cause, one finding (issue 18): the H3 is LT021's, not LT060's as well.
        #expect(!placed.contains("LT060@11:1"))
    }

    @Test func messagesQuoteTheOffendingTextWithoutATrailingPeriod() throws {
        let diagnostics = Self.lint("# Project\n\n> Summary.\n\nText.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md) setup\n")
        let notes = try #require(diagnostics.first { $0.ruleID == "LT046" })
        #expect(notes.message.contains("'setup'"))
        for diagnostic in diagnostics { #expect(!diagnostic.message.hasSuffix(".")) }
    }

    @Test func safeFixesRepairTheUsualMistakes() {
        let text = """
        #Project

        > Summary.

        ## Docs ##

        * [Guide](https://x.dev/guide.md) setup
        * [API](https://x.dev/api.md): the reference
          for every function

        """
        let document = LintDocument(path: "llms.txt", kind: .llmsTxt, source: SourceText(text))
        let (bytes, remaining, applied) = Linter().fix(document)
        let expected = """
        # Project

        > Summary.

        <!-- keeps the summary readable for llms-txt parsers -->

        ## Docs

        - [Guide](https://x.dev/guide.md): setup
        - [API](https://x.dev/api.md): the reference for every function

        """
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(applied >= 5)
        #expect(remaining.filter { $0.severity >= .warning }.isEmpty, "\(remaining.map(\.message))")
    }

    @Test func profilesChangeBOMAndOptionalSeverities() {
        let text = "\u{FEFF}# Project\n\n> Summary.\n\nText.\n\n## Optional\n\n- [Blog](https://x.dev/blog.md)\n\n## optional extras\n\n- [More](https://x.dev/more.md)\n"
        let v2 = Self.lint(text, profile: .v2)
        let v1 = Self.lint(text, profile: .v1)
        #expect(v2.first { $0.ruleID == "LT002" }?.severity == .info)
        #expect(v1.first { $0.ruleID == "LT002" }?.severity == .warning)
        #expect(v2.first { $0.ruleID == "LT033" }?.severity == .info)
        #expect(v1.first { $0.ruleID == "LT033" }?.severity == .warning)
        #expect(!v2.contains { $0.ruleID == "LT034" })
        #expect(v1.first { $0.ruleID == "LT034" }?.severity == .info)
    }

    @Test func linksInDetailsAreAWarningOnlyWithoutSections() {
        let noSections = Self.lint("# Project\n\n> Summary.\n\n- [Guide](https://x.dev/guide.md)\n")
        #expect(noSections.first { $0.ruleID == "LT035" }?.severity == .warning)
        let withSections = Self.lint("# Project\n\n> Summary.\n\n- [Guide](https://x.dev/guide.md)\n\n## Docs\n\n- [API](https://x.dev/api.md)\n")
        #expect(withSections.first { $0.ruleID == "LT035" }?.severity == .info)
    }

    @Test func suppressionCommentsBeforeTheH1AreNotContent() {
        let text = "<!-- rulesmith-disable-next-line LT046 -->\n# Project\n\n> Summary.\n\nText.\n"
        #expect(!Self.lint(text).contains { $0.ruleID == "LT005" })
    }
}
