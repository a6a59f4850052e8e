/// SEC002 (U2): bidi embedding, override and isolate controls.
struct BidiControlCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC002", name: "bidi-control-character",
        summary: "A bidi control (U+202A–202E, U+2066–2069) reorders the displayed text",
        rationale: """
        Bidi controls make text display in a different order from the bytes the model reads \
        (Trojan Source, CVE-2021-42574), so a reviewer sees one instruction and the model follows \
        another. Rules files written in Latin script never need them. In right-to-left text whose \
        pushes and pops balance on the line they can be deliberate, so that case is a warning; \
        everywhere else it is an error. Removing them is safe outside right-to-left text.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .error, fix: .safe,
        aliases: ["U2"],
        triggering: [
            Example("Always run ↓\u{202E}stset\n", kind: .cursorrules),
            Example("Check `if role != \"user↓\u{202E} ↓\u{2066}// admin↓\u{2069} ↓\u{2066}\"`\n", kind: .agentsMd),
            Example("Reply as \u{05E9}\u{05DC}\u{05D5}\u{05DD} ↓\u{202B}text\n", kind: .agentsMd),
            Example("Balanced \u{05E9}\u{05DC}\u{05D5}\u{05DD} ↓\u{2067}\u{05E2}\u{05D5}\u{05DC}\u{05DD}↓\u{2069} (warning)\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Reply in Hebrew when asked: \u{05E9}\u{05DC}\u{05D5}\u{05DD} \u{05E2}\u{05D5}\u{05DC}\u{05DD}\n", kind: .agentsMd),
            Example("Arabic greeting: \u{0645}\u{0631}\u{062D}\u{0628}\u{0627}\n", kind: .claudeMd),
        ],
        corrections: [
            Correction(Example("Always run ↓\u{202E}tests\n", kind: .cursorrules), "Always run tests\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.bidiControls) }
}
