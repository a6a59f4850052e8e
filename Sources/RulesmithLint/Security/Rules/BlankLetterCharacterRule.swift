/// SEC007 (U7): letters that render as blank space.
struct BlankLetterCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC007", name: "blank-letter-character",
        summary: "A letter that renders blank (Hangul fillers U+115F, 1160, 3164, FFA0; Braille blank U+2800)",
        rationale: """
        These code points are letters or symbols that display as empty space. Tokenisers and \
        identifiers treat them as part of a word, so they can fake an empty name (`\\u{3164}()`), \
        stand in for a space that is not one, or hide a word boundary from a reviewer.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .warning, aliases: ["U7"],
        triggering: [
            Example("Call ↓\u{3164}() to start\n", kind: .cursorrules),
            Example("Braille ↓\u{2800} blank\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Korean: \u{C548}\u{B155}\u{D558}\u{C138}\u{C694}\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.blankLetters) }
}
