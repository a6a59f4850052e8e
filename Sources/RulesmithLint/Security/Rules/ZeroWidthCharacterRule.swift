/// SEC004 (U4): zero-width and invisible format characters.
struct ZeroWidthCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC004", name: "zero-width-character",
        summary: "A zero-width or invisible format character (U+200B–200D, U+2060–2064, soft hyphen, …)",
        rationale: """
        Zero-width characters were the main tool of the Rules File Backdoor: they split keywords \
        so that filters miss them (`cu\\u{200B}rl`), and hide text between visible words. Inside an \
        ASCII token or in runs of three or more they are an error, elsewhere a warning. A zero-width \
        joiner between emoji (family and profession sequences, skin tones) and ZWJ/ZWNJ between \
        Arabic, Persian or Indic letters are how those scripts are written and are exempt, as is a \
        byte-order mark at the very start of the file. Removing the rest is safe.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .warning, fix: .safe,
        aliases: ["U4"],
        triggering: [
            Example("Run cu↓\u{200B}rl before pushing\n", kind: .cursorrules),
            Example("Done.↓\u{200B}\u{200C}\u{2060}\n", kind: .agentsMd),
            Example("Hello ↓\u{200B} world\n", kind: .agentsMd),
            Example("Title\n↓\u{FEFF}Body\n", kind: .claudeMd),
            Example("Use soft↓\u{00AD}hyphen here\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} rules\n", kind: .agentsMd),
            Example("Dev \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} writes code\n", kind: .agentsMd),
            Example("Persian: \u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}\n", kind: .claudeMd),
            Example("Hindi: \u{0915}\u{094D}\u{200D}\u{0937}\n", kind: .claudeMd),
            Example("\u{FEFF}# Rules\n", kind: .claudeMd),
        ],
        corrections: [
            Correction(Example("Run cu↓\u{200B}rl before pushing\n", kind: .cursorrules), "Run curl before pushing\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.zeroWidth) }
}
