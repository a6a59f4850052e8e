/// SEC008 (U8): other format characters, private-use and unassigned code points.
struct OtherInvisibleCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC008", name: "other-invisible-character",
        summary: "Another invisible code point: a format character, U+FFF0–FFFC, private use or unassigned",
        rationale: """
        Format characters not covered by the narrower classes (Arabic number signs, Egyptian and \
        shorthand format controls, musical formatting), interlinear annotation marks, private-use \
        and unassigned code points all show nothing meaningful to a reviewer while still reaching \
        the model. They rarely belong in a rules file.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .warning, aliases: ["U8"],
        triggering: [
            Example("Price ↓\u{0600}100\n", kind: .agentsMd),
            Example("Icon ↓\u{E000} here\n", kind: .cursorrules),
            Example("Note ↓\u{FFF9}annotated↓\u{FFFB}\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Accents like \u{00E9} and \u{00FC} are fine, and so is \u{4E2D}\u{6587}\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.otherInvisible) }
}
