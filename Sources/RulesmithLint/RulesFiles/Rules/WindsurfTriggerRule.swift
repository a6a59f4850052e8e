/// WS001: a Windsurf workspace rule whose `trigger` is missing or not one Windsurf knows.
struct WindsurfTriggerRule: Rule {
    static let triggers = ["always_on", "glob", "model_decision", "manual"]

    let description = RuleDescription(
        id: "WS001", name: "missing-or-invalid-windsurf-trigger",
        summary: "A Windsurf rule's trigger is missing or invalid",
        rationale: """
            Windsurf activates a .windsurf/rules/*.md file by its trigger: always_on, glob \
            (with globs), model_decision (with a description) or manual. A missing or misspelt \
            trigger leaves the activation to chance. Adding trigger: always_on is offered as an \
            unsafe fix, since it sends the rule with every request.
            """,
        kinds: [.windsurfRule], tags: ["windsurf", "frontmatter"], defaultSeverity: .warning, fix: .unsafe,
        triggering: [
            Example("↓Use bun.\n", kind: .windsurfRule),
            Example("---\ntrigger: ↓always\n---\nUse bun.\n", kind: .windsurfRule),
        ],
        nonTriggering: [
            Example("---\ntrigger: model_decision\ndescription: Bun usage\n---\nUse bun.\n", kind: .windsurfRule),
        ],
        corrections: [
            Correction(Example("Use bun.\n", kind: .windsurfRule), "---\ntrigger: always_on\n---\nUse bun.\n"),
            Correction(Example("---\ntrigger: \"\"\n---\nUse bun.\n", kind: .windsurfRule), "---\ntrigger: always_on\n---\nUse bun.\n"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, !RulesFileSupport.isBlank(document.source.bytes, from: 0) else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        if let error = frontmatter.error {
            return [Finding(range: error.range, message: "frontmatter unreadable (\(error.message)), so Windsurf finds no trigger", severity: .error)]
        }
        guard let entry = frontmatter.entry("trigger"), !entry.value.isBlank else {
            let range = frontmatter.entry("trigger")?.keyRange ?? (frontmatter.isPresent ? frontmatter.openingRange : RulesFileSupport.firstLine(document))
            let edit = frontmatter.entry("trigger").map {
                TextEdit(range: $0.keyRange.lowerBound..<max($0.valueRange.upperBound, $0.keyRange.upperBound + 1), replacement: "trigger: always_on")
            } ?? RulesFileSupport.addingFrontmatterLine("trigger: always_on", to: document)
            return [Finding(
                range: range, message: "no trigger; Windsurf expects always_on, glob, model_decision or manual",
                fix: Fix(.unsafe, title: "Add trigger: always_on", edits: [edit]))]
        }
        guard let scalar = entry.value.scalar else {
            return [Finding(range: entry.valueRange, message: "trigger is a list or map; Windsurf expects one of always_on, glob, model_decision, manual", severity: .error)]
        }
        guard !Self.triggers.contains(scalar.text) else { return [] }
        var message = "trigger '\(FrontmatterReader.clip(scalar.text))' is not a Windsurf trigger; expected always_on, glob, model_decision or manual"
        if let suggestion = RulesFileSupport.suggestion(for: scalar.text, in: Self.triggers) ?? (scalar.text.lowercased() == "always" ? "always_on" : nil) {
            message += " (did you mean \(suggestion)?)"
        }
        return [Finding(range: scalar.textRange ?? scalar.range, message: message, severity: .error)]
    }
}
