/// SEC005 (U5): variation selectors that select nothing, or runs that can carry hidden bytes.
struct StrayVariationSelectorRule: Rule {
    let description = RuleDescription(
        id: "SEC005", name: "stray-variation-selector",
        summary: "A variation selector after a character it cannot modify, or a run of them",
        rationale: """
        Variation selectors are invisible. One FE0E or FE0F after an emoji, symbol, digit, `#` or \
        `*` picks text or emoji style and is ordinary; after anything else it does nothing visible \
        (warning). Runs of two or more can encode one hidden byte each (FE00–FE0F, E0100–E01EF), \
        a known way to smuggle data through an emoji, so runs are an error. Removing the stray \
        selectors is safe; a leading FE0E/FE0F after an emoji is kept.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .warning, fix: .safe,
        aliases: ["U5"],
        triggering: [
            Example("Note↓\u{FE0F}: keep it short\n", kind: .agentsMd),
            Example("OK \u{1F600}↓\u{FE0F}\u{E0159}\u{E0155}\u{E015C}\u{E015C}\n", kind: .cursorrules),
            Example("Tip ↓\u{FE00}\u{FE01}\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Warning \u{26A0}\u{FE0F} read this\n", kind: .agentsMd),
            Example("Keycap 1\u{FE0F}\u{20E3} first\n", kind: .agentsMd),
            Example("Text-style heart \u{2764}\u{FE0E}\n", kind: .claudeMd),
        ],
        corrections: [
            Correction(Example("Note↓\u{FE0F}: keep it short\n", kind: .agentsMd), "Note: keep it short\n"),
            Correction(Example("OK \u{1F600}↓\u{FE0F}\u{FE01}\u{FE02}\n", kind: .agentsMd), "OK \u{1F600}\u{FE0F}\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.variationSelectors) }
}
