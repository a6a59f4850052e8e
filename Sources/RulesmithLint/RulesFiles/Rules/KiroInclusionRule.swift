/// KR001: a Kiro steering file whose `inclusion` is not one Kiro knows.
struct KiroInclusionRule: Rule {
    static let modes = ["always", "fileMatch", "manual", "auto"]

    let description = RuleDescription(
        id: "KR001", name: "invalid-kiro-inclusion",
        summary: "A Kiro steering file's inclusion is invalid",
        rationale: """
            Kiro includes a .kiro/steering/*.md file by its inclusion mode: always (the default), \
            fileMatch (with fileMatchPattern), manual (pulled in with #name) or auto (with name \
            and description). Any other value, including a different casing such as filematch, \
            leaves the file's inclusion undefined.
            """,
        kinds: [.kiroSteering], tags: ["kiro", "frontmatter"], defaultSeverity: .error,
        triggering: [
            Example("---\ninclusion: ↓filematch\nfileMatchPattern: \"*.ts\"\n---\nBody\n", kind: .kiroSteering),
            Example("---\ninclusion: ↓sometimes\n---\nBody\n", kind: .kiroSteering),
        ],
        nonTriggering: [
            Example("---\ninclusion: manual\n---\nBody\n", kind: .kiroSteering),
            Example("Body without frontmatter is always included.\n", kind: .kiroSteering),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        if let error = frontmatter.error {
            return [Finding(range: error.range, message: "frontmatter unreadable (\(error.message)), so Kiro cannot read inclusion")]
        }
        guard let entry = frontmatter.entry("inclusion"), !entry.value.isBlank else { return [] }
        guard let scalar = entry.value.scalar else {
            return [Finding(range: entry.valueRange, message: "inclusion is a list or map; Kiro expects always, fileMatch, manual or auto")]
        }
        guard !Self.modes.contains(scalar.text) else { return [] }
        var message = "inclusion '\(FrontmatterReader.clip(scalar.text))' is not a Kiro mode; expected always, fileMatch, manual or auto"
        if let suggestion = RulesFileSupport.suggestion(for: scalar.text, in: Self.modes) { message += " (did you mean \(suggestion)?)" }
        return [Finding(range: scalar.textRange ?? scalar.range, message: message)]
    }
}
