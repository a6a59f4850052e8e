import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// The engine: positions, severities from config, suppressions, and fixes.
struct LinterTests {
    @Test func placesFindingsAtOneBasedLineAndScalarColumn() {
        let diagnostics = lintText("é ü\nab TODO\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].start == SourcePosition(line: 2, column: 4))
        #expect(diagnostics[0].end == SourcePosition(line: 2, column: 8))
        let wide = lintText("日本 TODO\n")
        #expect(wide[0].start.column == 4)
    }

    @Test func configuredLevelsWin() {
        var options = LintOptions()
        options.ruleLevels = ["TS001": .on(.error)]
        #expect(lintText("TODO\n", options: options).first?.severity == .error)
        options.ruleLevels = ["TS001": .off]
        #expect(lintText("TODO\n", options: options).isEmpty)
        options.ruleLevels = [:]
        options.tagLevels = ["content": .on(.info)]
        #expect(lintText("!TODO\n", options: options).map(\.severity) == [.info, .info])
        options.ruleLevels = ["TS002": .off]
        #expect(lintText("!TODO\n", options: options).map(\.ruleID) == ["TS001"])
    }

    @Test func kindsLimitRules() {
        #expect(lintText("!\n", kind: .claudeMd).isEmpty)
        #expect(lintText("!\n").map(\.ruleID) == ["TS002"])
    }

    @Test func suppressionsSilenceAndUnusedOnesAreReported() {
        let next = lintText("<!-- rulesmith-disable-next-line TS001 -- legacy -->\nTODO\nTODO\n")
        #expect(next.map(\.start.line) == [3])
        let range = lintText("<!-- rulesmith-disable TS001 -->\nTODO\n<!-- rulesmith-enable TS001 -->\nTODO\n")
        #expect(range.map(\.start.line) == [4])
        let sameLine = lintText("TODO <!-- rulesmith-disable-line TS001 -->\n")
        #expect(sameLine.isEmpty)
        let all = lintText("<!-- rulesmith-disable -->\nTODO\n")
        #expect(all.isEmpty)
        let file = lintText("TODO\n<!-- rulesmith-disable-file todo-marker -->\n")
        #expect(file.isEmpty)
        let unused = lintText("<!-- rulesmith-disable-next-line TS001 -->\nfine\n")
        #expect(unused.map(\.ruleID) == [SuppressionRules.unusedID])
        let unknown = lintText("<!-- rulesmith-disable-next-line XX999 -->\nfine\n")
        #expect(unknown.map(\.ruleID) == [SuppressionRules.unknownID])
        let byName = lintText("<!-- rulesmith-disable-next-line todo-marker -->\nTODO\n")
        #expect(byName.isEmpty)
    }

    @Test func disabledRulesAreNotReportedAsUnusedSuppressions() {
        var options = LintOptions()
        options.ruleLevels = ["TS001": .off]
        #expect(lintText("<!-- rulesmith-disable-next-line TS001 -->\nfine\n", options: options).isEmpty)
    }

    @Test func fixesApplyUntilStableAndReportTheRest() {
        let document = LintDocument(path: "llms.txt", kind: .llmsTxt, source: SourceText("!TODO and TODO\n"))
        let result = Linter(catalogue: testCatalogue).fix(document)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "!DONE and DONE\n")
        #expect(result.applied == 2)
        #expect(result.diagnostics.map(\.ruleID) == ["TS002"])
    }

    @Test func overlappingEditsAreDeferred() {
        let fixes = [
            Fix(.safe, title: "a", edits: [TextEdit(range: 0..<3, replacement: "x")]),
            Fix(.safe, title: "b", edits: [TextEdit(range: 2..<4, replacement: "y")]),
        ]
        let (bytes, applied) = Fixer.apply(fixes, to: Array("abcdef".utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "xdef")
        #expect(applied == 1)
    }

    @Test func sourceTextHandlesEveryLineEnding() {
        let source = SourceText("a\r\nb\rc\nd")
        #expect(source.lineCount == 4)
        #expect(source.string(source.contentRange(ofLine: 1)) == "b")
        #expect(source.position(ofByte: 7) == SourcePosition(line: 4, column: 1))
        #expect(source.position(ofByte: 5) == SourcePosition(line: 3, column: 1))
        #expect(SourceText("").lineCount == 1)
        #expect(SourceText("x\n").lineCount == 1)
    }

    @Test func utf8ValidationRejectsOverlongsAndSurrogates() {
        #expect(UTF8Validation.isValid(Array("héllo 日本 🎉".utf8)))
        #expect(UTF8Validation.firstInvalidOffset([0x61, 0xC0, 0x80]) == 1)
        #expect(UTF8Validation.firstInvalidOffset([0xED, 0xA0, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidOffset([0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidOffset([0x61, 0xE2, 0x82]) == 1)
    }

    @Test func fileKindsClassifyEditorPaths() {
        #expect(FileKind.classify("docs/llms.txt") == .llmsTxt)
        #expect(FileKind.classify(".cursor/rules/a/b.mdc") == .cursorMdc)
        #expect(FileKind.classify("pkg/AGENTS.md") == .agentsMd)
        #expect(FileKind.classify(".github/instructions/x.instructions.md") == .copilotInstructions)
        #expect(FileKind.classify(".github/copilot-instructions.md") == .copilot)
        #expect(FileKind.classify(".windsurf/rules/a.md") == .windsurfRule)
        #expect(FileKind.classify(".kiro/steering/a.md") == .kiroSteering)
        #expect(FileKind.classify(".clinerules/a.md") == .cline)
        #expect(FileKind.classify("README.md") == nil)
    }
}

/// Suppression comments shown inside code blocks are examples, not directives.
struct SuppressionInCodeTests {
    @Test func directivesInFencesAreIgnored() {
        let text = "```markdown\n<!-- rulesmith-disable-next-line TS001 -->\n```\nTODO\n"
        #expect(lintText(text).map(\.ruleID) == ["TS001"])
    }
}
