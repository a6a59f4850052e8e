import RulesmithText
import Testing
@testable import RulesmithLint

/// A report written piece by piece as it is made (`Reporter.write(_:catalogue:to:)`, how `lint`
/// and `hook run` print) is the report made whole, byte for byte, and a large one comes in pieces.
struct ReportWritingTests {
    /// Enough diagnostics over enough files for several 64 KB pieces.
    static let reports: [FileReport] = (0..<400).map { file in
        FileReport(path: "packages/p\(file)/AGENTS.md", kind: .agentsMd, diagnostics: (0..<(file % 7)).map { line in
            Diagnostic(
                path: "packages/p\(file)/AGENTS.md", start: SourcePosition(line: line + 1, column: 1),
                end: SourcePosition(line: line + 1, column: 9), ruleID: "TS00\(1 + line % 2)", ruleName: "todo-marker",
                severity: line % 3 == 0 ? .error : .warning, message: "finding \(line) of file \(file): \"quoted\"",
                fix: line % 4 == 0 ? Fix(.safe, title: "t", edits: []) : nil, byteRange: 0..<8)
        })
    }

    @Test(arguments: [ReportFormat.json, .text, .sarif, .github])
    func piecesJoinedAreTheWholeReport(_ format: ReportFormat) {
        let reporter = format.reporter(color: false)
        var pieces: [String] = []
        reporter.write(Self.reports, catalogue: testCatalogue) { pieces.append($0) }
        #expect(pieces.joined() == reporter.report(Self.reports, catalogue: testCatalogue))
        if format == .json || format == .text {
            #expect(pieces.count > 1)
        }
        var empty: [String] = []
        reporter.write([], catalogue: testCatalogue) { empty.append($0) }
        #expect(empty.joined() == reporter.report([], catalogue: testCatalogue))
    }
}
