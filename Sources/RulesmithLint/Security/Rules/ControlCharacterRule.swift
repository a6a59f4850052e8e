/// SEC006 (U6): control characters and ANSI escape sequences.
struct ControlCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC006", name: "control-character",
        summary: "A control character (C0 other than TAB/LF/CR, DEL, C1) or an ANSI escape sequence",
        rationale: """
        Control characters have no meaning in a Markdown or text rules file. ANSI escape sequences \
        recolour, erase or rewrite what a terminal shows, so a file printed with `cat` can look \
        different from what the model reads. C1 controls (U+0080–009F) usually mean mojibake: \
        UTF-8 decoded as Latin-1 and encoded again (awesome-cursorrules fixed double-encoded U+0090 \
        and U+009D this way); re-decode such text rather than delete it. Removing C0 controls and \
        escape sequences is safe.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .error, fix: .safe,
        aliases: ["U6"],
        triggering: [
            Example("Status: ↓\u{1B}[31mFAILED↓\u{1B}[0m\n", kind: .cursorrules),
            Example("Bell↓\u{07} here\n", kind: .agentsMd),
            Example("Double-encoded \u{00E2}↓\u{0080}\u{009D}quote\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Tabs\tare fine\r\nand CRLF too\r\n", kind: .agentsMd),
        ],
        corrections: [
            Correction(Example("Status: ↓\u{1B}[31mFAILED\n", kind: .cursorrules), "Status: FAILED\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.controls) }
}
