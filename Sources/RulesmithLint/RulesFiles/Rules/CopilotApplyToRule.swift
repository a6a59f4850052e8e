/// CP001: a Copilot `.instructions.md` file without a valid `applyTo`.
struct CopilotApplyToRule: Rule {
    let description = RuleDescription(
        id: "CP001", name: "missing-or-invalid-apply-to",
        summary: "A .instructions.md file has no valid applyTo",
        rationale: """
            Copilot applies a .github/instructions/*.instructions.md file to the files its applyTo \
            globs match: one quoted, comma-separated string such as "**/*.ts,**/*.tsx". Without \
            applyTo the file is never applied automatically; with a malformed pattern it matches \
            nothing. Adding applyTo: "**" is offered as an unsafe fix, since it widens the file to \
            every request.
            """,
        kinds: [.copilotInstructions], tags: ["copilot", "frontmatter", "globs"], defaultSeverity: .warning,
        fix: .unsafe,
        triggering: [
            Example("↓# TypeScript\n\nUse strict mode.\n", kind: .copilotInstructions),
            Example("---\ndescription: TS\n↓applyTo:\n---\nUse strict mode.\n", kind: .copilotInstructions),
            Example("---\napplyTo: \"**/*.ts,↓/src/**\"\n---\nUse strict mode.\n", kind: .copilotInstructions),
            Example("---\napplyTo: ↓[\"**/*.ts\", \"**/*.tsx\"]\n---\nUse strict mode.\n", kind: .copilotInstructions),
        ],
        nonTriggering: [
            Example("---\napplyTo: \"**/*.ts,**/*.tsx\"\ndescription: TS\n---\nUse strict mode.\n", kind: .copilotInstructions),
            Example("---\napplyTo: **/*.py\n---\nUse ruff.\n", kind: .copilotInstructions),
        ],
        corrections: [
            Correction(
                Example("---\ndescription: TS\n---\nUse strict mode.\n", kind: .copilotInstructions),
                "---\ndescription: TS\napplyTo: \"**\"\n---\nUse strict mode.\n"),
            Correction(Example("# TS\n", kind: .copilotInstructions), "---\napplyTo: \"**\"\n---\n# TS\n"),
            Correction(Example("---\r\napplyTo:\r\n---\r\n# TS\r\n", kind: .copilotInstructions), "---\r\napplyTo: \"**\"\r\n---\r\n# TS\r\n"),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, !RulesFileSupport.isBlank(document.source.bytes, from: 0) else { return [] }
        let frontmatter = document.analysis(Frontmatter.self)
        if let error = frontmatter.error {
            return [Finding(range: error.range, message: "frontmatter unreadable (\(error.message)), so Copilot finds no applyTo", severity: .error)]
        }
        let fix = Fix(.unsafe, title: "Add applyTo: \"**\"", edits: [RulesFileSupport.addingFrontmatterLine("applyTo: \"**\"", to: document)])
        guard let entry = frontmatter.entry("applyTo") else {
            let range = frontmatter.isPresent ? frontmatter.openingRange : RulesFileSupport.firstLine(document)
            return [Finding(range: range, message: "no applyTo; Copilot applies this file only when attached by hand, so add applyTo: \"**/*.ext\"", fix: fix)]
        }
        if entry.value.isBlank {
            let edit = TextEdit(range: entry.keyRange.lowerBound..<max(entry.valueRange.upperBound, entry.keyRange.upperBound + 1), replacement: "applyTo: \"**\"")
            return [Finding(
                range: entry.keyRange, message: "applyTo is empty; Copilot applies this file only when attached by hand",
                fix: Fix(.unsafe, title: "Write applyTo: \"**\"", edits: [edit]))]
        }
        switch entry.value {
        case .empty:
            return []
        case .nested:
            return [Finding(range: entry.valueRange, message: "applyTo is a map; Copilot expects one quoted comma-separated string such as \"**/*.ts,**/*.tsx\"", severity: .error)]
        case .list:
            return [Finding(range: entry.valueRange, message: "applyTo is a list; Copilot reads one quoted comma-separated string such as \"**/*.ts,**/*.tsx\"")]
        case .scalar:
            let patterns = FrontmatterGlobs.patterns(of: entry.value, in: document.source)
            return FrontmatterGlobs.issueFindings(patterns, dialect: .copilot)
        }
    }
}
