/// SEC003 (U3): invisible bidi marks (LRM, RLM, ALM).
struct BidiMarkRule: Rule {
    let description = RuleDescription(
        id: "SEC003", name: "bidi-mark",
        summary: "An invisible bidi mark (U+200E, U+200F, U+061C)",
        rationale: """
        Bidi marks are zero-width characters that nudge how neighbouring text is ordered. In \
        right-to-left text they are routine, so there they are only noted (info); on a line \
        without right-to-left letters they do nothing visible and can split or disguise words, \
        which is worth a warning. Removing them is safe outside right-to-left text.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .warning, fix: .safe,
        aliases: ["U3"],
        triggering: [
            Example("Use the ↓\u{200F}main branch\n", kind: .cursorrules),
            Example("\u{05E2}\u{05D1}\u{05E8}\u{05D9}\u{05EA} ↓\u{200E}v2 (info)\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Use the main branch\n", kind: .cursorrules),
            Example("Arabic: \u{0645}\u{0631}\u{062D}\u{0628}\u{0627} \u{0628}\u{0627}\u{0644}\u{0639}\u{0627}\u{0644}\u{0645}\n", kind: .agentsMd),
        ],
        corrections: [
            Correction(Example("Use the ↓\u{200F}main branch\n", kind: .cursorrules), "Use the main branch\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.bidiMarks) }
}
