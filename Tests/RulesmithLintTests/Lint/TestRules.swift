import RulesmithEditors
import RulesmithText
@testable import RulesmithLint

/// A rule for engine tests: flags every `TODO` with a safe fix to `DONE`.
struct TodoRule: Rule {
    let description = RuleDescription(
        id: "TS001", name: "todo-marker", summary: "A TODO marker", rationale: "Test rule.",
        kinds: Set(FileKind.allCases), tags: ["test"], defaultSeverity: .warning, fix: .safe,
        triggering: [Example("↓TODO\n")], nonTriggering: [Example("done\n")])

    func check(_ document: LintDocument) -> [Finding] {
        let bytes = document.source.bytes
        let pattern = Array("TODO".utf8)
        var findings: [Finding] = []
        var index = 0
        while index + pattern.count <= bytes.count {
            if Array(bytes[index..<index + pattern.count]) == pattern {
                let range = index..<index + pattern.count
                findings.append(Finding(range: range, message: "TODO found", fix: Fix(.safe, title: "mark done", edits: [TextEdit(range: range, replacement: "DONE")])))
                index += pattern.count
            } else {
                index += 1
            }
        }
        return findings
    }
}

/// Flags files that start with `!`, at error severity.
struct BangRule: Rule {
    let description = RuleDescription(
        id: "TS002", name: "leading-bang", summary: "Starts with !", rationale: "Test rule.",
        kinds: [.llmsTxt], tags: ["test", "other"], defaultSeverity: .error, aliases: ["BANG"],
        triggering: [Example("↓!\n")], nonTriggering: [Example("x\n")])

    func check(_ document: LintDocument) -> [Finding] {
        document.source.bytes.first == 0x21 ? [Finding(range: 0..<1, message: "bang")] : []
    }
}

let testCatalogue = RuleCatalogue(rules: [TodoRule(), BangRule()] + SuppressionRules.all)

func lintText(_ text: String, kind: FileKind = .llmsTxt, options: LintOptions = LintOptions()) -> [Diagnostic] {
    Linter(catalogue: testCatalogue).lint(LintDocument(path: kind.examplePath, kind: kind, source: SourceText(text), options: options))
}
