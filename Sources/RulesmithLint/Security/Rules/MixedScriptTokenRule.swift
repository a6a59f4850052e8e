/// SEC010 (U10): homoglyph tokens mixing Latin with Cyrillic, Greek or Armenian letters.
struct MixedScriptTokenRule: Rule {
    let description = RuleDescription(
        id: "SEC010", name: "mixed-script-token",
        summary: "A token mixes Latin letters with Cyrillic, Greek or Armenian look-alikes",
        rationale: """
        Cyrillic `а`, Greek `ο` and Armenian `օ` look like Latin letters, so `pаypal.com` or \
        `npm install rеact` read as familiar names while pointing somewhere else. A token that \
        mixes scripts is a warning, and an error in a URL, host name, address or code (commands \
        and package names). Whole words in one non-Latin script are ordinary text, and so are \
        letters that imitate no Latin one: `μs`, `Δt` and `λx` are units and formulas. A number \
        followed by one Greek or Cyrillic symbol and a short Latin unit (`<1µs`, `100ΜB`, \
        `2κHz`) is a quantity, not a disguised word, even when the symbol is drawn like a Latin \
        letter.
        """,
        kinds: SecurityRules.allKinds, tags: [.security, .unicode], defaultSeverity: .warning, aliases: ["U10"],
        traits: [.security],
        triggering: [
            Example("Read the ↓p\u{0430}ypal docs\n", kind: .agentsMd),
            Example("See https://↓p\u{0430}ypal.com/login\n", kind: .cursorrules),
            Example("Run `npm install ↓r\u{0435}act`\n", kind: .agentsMd),
            Example("Log in as ↓2\u{0430}dmin first\n", kind: .agentsMd),
            Example("Budget ↓\u{03BF}ps per call\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("\u{041F}\u{0440}\u{0438}\u{0432}\u{0435}\u{0442} world\n", kind: .agentsMd),
            Example("Use \u{03BB} calculus, and \u{03B1}\u{03B2}\u{03B3} with abc\n", kind: .agentsMd),
            Example("Homoglyphs (Cyrillic \u{0430} \u{2192} Latin a)\n", kind: .llmsTxt),
            Example("Budget: <1\u{03BC}s per call; \u{0394}t is the frame time.\n", kind: .agentsMd),
            Example("| parse | <1\u{00B5}s | 10\u{00B5}s | 4.7k\u{2126} | 2\u{03BC}m |\n", kind: .agentsMd),
            Example("Cache up to 100\u{039C}B; sample at ~2\u{03BA}Hz, \u{2264}5\u{03BD}s jitter.\n", kind: .claudeMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.mixedScript) }
}
