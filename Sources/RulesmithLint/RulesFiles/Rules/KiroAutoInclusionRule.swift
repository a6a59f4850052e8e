/// KR003: `inclusion: auto` without both `name` and `description`.
struct KiroAutoInclusionRule: Rule {
    let description = RuleDescription(
        id: "KR003", name: "auto-inclusion-without-name-or-description",
        summary: "inclusion: auto without name and description",
        rationale: """
            With inclusion: auto, Kiro decides from the file's name and description whether the \
            steering file is relevant; it requires both. Without them the model has nothing to \
            decide on and the file is not included.
            """,
        kinds: [.kiroSteering], tags: ["kiro", "frontmatter"], defaultSeverity: .error,
        triggering: [
            Example("---\ninclusion: ↓auto\nname: api\n---\nBody\n", kind: .kiroSteering),
            Example("---\ninclusion: ↓auto\n---\nBody\n", kind: .kiroSteering),
        ],
        nonTriggering: [
            Example("---\ninclusion: auto\nname: api\ndescription: REST API conventions\n---\nBody\n", kind: .kiroSteering),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        guard let inclusion = frontmatter.entry("inclusion"), let scalar = inclusion.value.scalar, scalar.text == "auto" else { return [] }
        let missing = ["name", "description"].filter { frontmatter.entry($0)?.value.isBlank ?? true }
        guard !missing.isEmpty else { return [] }
        return [Finding(
            range: scalar.textRange ?? scalar.range,
            message: "inclusion: auto without \(missing.joined(separator: " and ")); Kiro needs both name and description to decide when to include the file")]
    }
}
