/// RF006: a legacy rules file name that has a current replacement.
struct LegacyFileNameRule: Rule {
    let description = RuleDescription(
        id: "RF006", name: "legacy-file-name",
        summary: "A legacy rules file name with a current replacement",
        rationale: """
            .cursorrules and .windsurfrules are the single-file formats from before Cursor and \
            Windsurf split rules into folders. The editors still read them, but new features \
            (one file per rule, globs, activation modes) only exist in .cursor/rules/*.mdc and \
            .windsurf/rules/*.md, and the legacy .windsurfrules has the smaller budget \
            (6,000 characters against 12,000 per rule).
            """,
        kinds: [.cursorrules, .windsurf], tags: ["rules-files", "legacy"], defaultSeverity: .info,
        triggering: [
            Example("↓Use bun.\n", kind: .cursorrules),
            Example("↓Use bun.\n", kind: .windsurf),
        ],
        nonTriggering: [
            Example("---\nalwaysApply: true\n---\nUse bun.\n", kind: .cursorMdc),
            Example("---\ntrigger: always_on\n---\nUse bun.\n", kind: .windsurfRule),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        let name = document.path.split(separator: "/").last.map(String.init) ?? document.path
        let message = switch document.kind {
        case .cursorrules:
            "legacy \(name); Cursor now reads .cursor/rules/*.mdc, one file per rule with description, globs and alwaysApply"
        default:
            "legacy \(name); Windsurf now reads .windsurf/rules/*.md, one file per rule with a trigger"
        }
        return [Finding(range: RulesFileSupport.firstLine(document), message: message)]
    }
}
