import RulesmithEditors
import RulesmithLint
import RulesmithRegistry
import RulesmithText

/// A real rule for the lint gate until the security rules land: a zero-width space is an error.
struct ZeroWidthSpaceRule: Rule {
    let description = RuleDescription(
        id: "TEST001", name: "zero-width-space", summary: "A zero-width space (U+200B)",
        rationale: "Hidden characters can smuggle instructions past a reviewer.",
        kinds: FileKind.rulesFiles, tags: ["security"], defaultSeverity: .error,
        triggering: [], nonTriggering: [])

    func check(_ document: LintDocument) -> [Finding] {
        let bytes = document.source.bytes
        var findings: [Finding] = []
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {
                findings.append(Finding(range: index..<(index + 3), message: "zero-width space U+200B; delete it"))
            }
            index += 1
        }
        return findings
    }
}

enum TestLinter {
    /// Lints template sources with the zero-width-space rule, as Kit lints with the standard catalogue.
    static let gate: TemplateLinter = { file in
        Linter(catalogue: RuleCatalogue(rules: [ZeroWidthSpaceRule()]))
            .lint(LintDocument(path: file.path, kind: file.kind, source: SourceText(bytes: file.bytes)))
    }
}
