import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// `FindingSink` folds a flood as it is reported, to exactly what `FindingCap.collapse` makes of
/// the whole list, so a rule that fires millions of times never holds millions of findings.
struct FindingSinkTests {
    /// Findings of every sort the fold treats apart: ordinary, silenced (by one of two
    /// directives), already collapsed, with and without fixes and severities.
    private func findings(_ count: Int, seed: UInt64) -> [Finding] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<count).map { index in
            let roll = next() % 20
            return Finding(
                range: index..<(index + 1), message: "m\(index)",
                severity: roll < 3 ? .error : roll < 6 ? .info : nil,
                fix: roll % 2 == 0 ? Fix(.safe, title: "f", edits: [TextEdit(range: index..<(index + 1), replacement: "x")]) : nil,
                collapsed: roll == 19 ? 7 : 0)
        }
    }

    private func suppressor(_ finding: Finding) -> String? {
        switch finding.range.lowerBound % 13 {
        case 0: "a"
        case 5: "b"
        default: nil
        }
    }

    @Test(arguments: [0, 1, 40, 41, 42, 100, 1_000])
    func theSinkFoldsAsTheWholeListWouldBeFolded(count: Int) {
        let limit = 40
        let all = findings(count, seed: UInt64(count) + 1)
        let severity: (Finding) -> Severity = { $0.severity ?? .warning }
        var sink = FindingSink(policy: FindingSink.Policy(limit: limit, severity: severity, suppressor: suppressor))
        for finding in all { sink.report(finding) }
        // The engine folds only a list longer than the limit.
        let expected = all.count > limit
            ? FindingCap.collapse(all, limit: limit, severity: severity, suppressor: suppressor) : all
        #expect(sink.finished() == expected)
    }

    @Test func aFoldedFindingsMessageIsNotBuilt() {
        var sink = FindingSink(policy: FindingSink.Policy(limit: 2, severity: { _ in .warning }, suppressor: { _ in nil }))
        var built = 0
        func message(_ index: Int) -> String {
            built += 1
            return "m\(index)"
        }
        for index in 0..<1_000 { sink.report(range: index..<(index + 1), message: message(index)) }
        let folded = sink.finished()
        #expect(folded.count == 3)
        #expect(folded[2].collapsed == 998)
        #expect(folded[2].message.hasSuffix("The next: m2"))
        #expect(built == 3)
    }

    @Test func outsideTheEngineEveryFindingIsKept() {
        let all = findings(50_000, seed: 7)
        #expect(FindingSink.collect { sink in all.forEach { sink.report($0) } } == all)
    }

    /// A rule reporting through the sink and the same rule returning an array give the same
    /// diagnostics, floods, suppressions and fixes included.
    @Test func aStreamingRuleLintsAsItsArrayTwin() {
        let cap = FindingCap.perRule
        let text = "<!-- rulesmith-disable TS001 -->\n" + String(repeating: "TODO\n", count: cap)
            + "<!-- rulesmith-enable TS001 -->\n" + String(repeating: "TODO x\n", count: cap + 77)
        let source = SourceText(text)
        let arrays = Linter(catalogue: testCatalogue).lint(LintDocument(path: "llms.txt", kind: .llmsTxt, source: source))
        let streaming = RuleCatalogue(rules: [StreamingTodoRule(), BangRule()] + SuppressionRules.all)
        let sunk = Linter(catalogue: streaming).lint(LintDocument(path: "llms.txt", kind: .llmsTxt, source: source))
        #expect(sunk == arrays)
        #expect(sunk.filter { $0.collapsed > 0 }.map(\.collapsed) == [77])
        let fixed = Linter(catalogue: streaming).fix(LintDocument(path: "llms.txt", kind: .llmsTxt, source: SourceText(String(repeating: "TODO\n", count: cap + 50))))
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == String(repeating: "DONE\n", count: cap + 50))
    }
}

/// `TodoRule` reporting each finding to the sink as it is found.
struct StreamingTodoRule: Rule {
    var description: RuleDescription { TodoRule().description }

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into sink: inout FindingSink) {
        let bytes = document.source.bytes
        let pattern = Array("TODO".utf8)
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                let range = index..<(index + pattern.count)
                sink.report(range: range, fix: Fix(.safe, title: "mark done", edits: [TextEdit(range: range, replacement: "DONE")]), message: "TODO found")
                index += pattern.count
            } else {
                index += 1
            }
        }
    }
}
