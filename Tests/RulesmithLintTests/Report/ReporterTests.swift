import RulesmithText
import Testing
@testable import RulesmithLint

/// Every reporter over one fixed diagnostic set.
struct ReporterTests {
    static let diagnostic = Diagnostic(
        path: "docs/llms.txt", start: SourcePosition(line: 3, column: 1), end: SourcePosition(line: 3, column: 12),
        ruleID: "TS002", ruleName: "leading-bang", severity: .error,
        message: "second H1 'Other'; llms.txt has exactly one H1", fix: nil, byteRange: 10..<21)
    static let fixable = Diagnostic(
        path: "a,b:c.md", start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 1, column: 3),
        ruleID: "TS001", ruleName: "todo-marker", severity: .warning, message: "100% wrong\nsecond line",
        fix: Fix(.safe, title: "t", edits: []), byteRange: 1..<2)
    static let reports = [
        FileReport(path: "docs/llms.txt", kind: .llmsTxt, diagnostics: [diagnostic]),
        FileReport(path: "a,b:c.md", kind: .claudeMd, diagnostics: [fixable]),
    ]

    @Test func textIsOneLinePerFindingPlusSummary() {
        let text = TextReporter().report(Self.reports, catalogue: testCatalogue)
        #expect(text == """
        docs/llms.txt:3:1: error: second H1 'Other'; llms.txt has exactly one H1 [TS002]
        a,b:c.md:1:2: warning: 100% wrong
        second line [TS001]
        1 error, 1 warning, 0 infos in 2 files; 1 fixable with <fix>

        """)
        #expect(TextReporter(color: true).report(Self.reports, catalogue: testCatalogue).contains("\u{1B}[31;1merror"))
    }

    @Test func jsonMatchesTheContract() {
        let json = JSONReporter().document([Self.reports[0]]).serialized()
        #expect(json == """
        {"version":1,"files":[{"path":"docs/llms.txt","kind":"llms-txt"}],"diagnostics":[{"path":"docs/llms.txt","line":3,"column":1,"endLine":3,"endColumn":12,"rule":"TS002","name":"leading-bang","severity":"error","message":"second H1 'Other'; llms.txt has exactly one H1","fix":null}],"summary":{"files":1,"errors":1,"warnings":0,"infos":0}}
        """)
        let withFix = JSONReporter().document([Self.reports[1]]).serialized()
        #expect(withFix.contains(#""fix":{"applicability":"safe"}"#))
        #expect(withFix.contains(#""message":"100% wrong\nsecond line""#))
    }

    /// The report is written straight to bytes; it must be byte for byte the value tree printed.
    @Test func jsonReportIsTheDocumentPrettyPrinted() {
        let escapes = Diagnostic(
            path: "q\"uote\\d\u{2028}.md", start: SourcePosition(line: 12, column: 40), end: SourcePosition(line: 130, column: 1),
            ruleID: "TS003", ruleName: "n", severity: .info, message: "tab\t cr\r nul\u{0} del\u{7F} é 😀",
            fix: Fix(.unsafe, title: "t", edits: []), byteRange: 0..<1)
        let cases: [[FileReport]] = [
            [],
            [FileReport(path: "empty.md", kind: .agentsMd, diagnostics: [])],
            Self.reports,
            Self.reports + [FileReport(path: "x/CLAUDE.md", kind: .claudeMd, diagnostics: [escapes, Self.fixable, Self.diagnostic])],
        ]
        for reports in cases {
            let reporter = JSONReporter()
            #expect(reporter.report(reports, catalogue: testCatalogue) == reporter.document(reports).serialized(pretty: true) + "\n")
        }
    }

    /// SARIF is streamed a result at a time; it must be byte for byte the whole document printed,
    /// and its pieces stay near the flush size however many results there are.
    @Test func sarifReportIsTheDocumentPrettyPrinted() {
        let many = (0..<3_000).map { index in
            Diagnostic(
                path: "p\(index % 7)/AGENTS.md", start: SourcePosition(line: index + 1, column: 1),
                end: SourcePosition(line: index + 1, column: 9), ruleID: index % 2 == 0 ? "TS001" : "TS003",
                ruleName: "n", severity: .info, message: "finding \(index) é\t\u{2028}", fix: nil, byteRange: 0..<1)
        }
        let cases: [[FileReport]] = [
            [],
            [FileReport(path: "empty.md", kind: .agentsMd, diagnostics: [])],
            Self.reports,
            Self.reports + [FileReport(path: "x/AGENTS.md", kind: .agentsMd, diagnostics: many)],
        ]
        let reporter = SARIFReporter()
        for reports in cases {
            var pieces: [String] = []
            reporter.write(reports, catalogue: testCatalogue) { pieces.append($0) }
            #expect(pieces.joined() == reporter.document(reports, catalogue: testCatalogue).serialized(pretty: true) + "\n")
            #expect(reporter.report(reports, catalogue: testCatalogue) == pieces.joined())
            #expect(pieces.allSatisfy { $0.utf8.count < 80 << 10 })
        }
    }

    @Test func sarifCarriesRuleMetadataAndRegions() {
        let sarif = SARIFReporter().report(Self.reports, catalogue: testCatalogue)
        #expect(sarif.contains(#""version": "2.1.0""#))
        #expect(sarif.contains(#""$schema": "https://json.schemastore.org/sarif-2.1.0.json""#))
        #expect(sarif.contains(#""id": "TS002""#))
        #expect(sarif.contains(#""level": "error""#))
        #expect(sarif.contains(#""startLine": 3"#))
        #expect(sarif.contains(#""uri": "a%2Cb:c.md""#) || sarif.contains(#""uri": "a,b:c.md""#))
        #expect(sarif.contains(#""defaultConfiguration""#))
    }

    @Test func githubEscapesProperties() {
        let output = GitHubReporter().report(Self.reports, catalogue: testCatalogue)
        #expect(output == """
        ::error file=docs/llms.txt,line=3,col=1,endLine=3,endColumn=12,title=TS002 leading-bang::second H1 'Other'; llms.txt has exactly one H1 [TS002]
        ::warning file=a%2Cb%3Ac.md,line=1,col=2,endLine=1,endColumn=3,title=TS001 todo-marker::100%25 wrong%0Asecond line [TS001]

        """)
    }

    @Test func catalogueExplainsARule() {
        let printer = RuleCataloguePrinter(catalogue: testCatalogue)
        let text = printer.explain(BangRule().description)
        #expect(text.contains("TS002 leading-bang"))
        #expect(text.contains("Flagged"))
        #expect(text.contains("Aliases: BANG"))
        #expect(printer.list(testCatalogue.descriptions).contains("TS001"))
    }
}
