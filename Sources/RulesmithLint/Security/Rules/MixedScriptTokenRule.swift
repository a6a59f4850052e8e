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
        letters that imitate no Latin one: `μs`, `Δt` and `λx` are units and formulas.
        """,
        kinds: SecurityRules.allKinds, tags: [.security, .unicode], defaultSeverity: .warning, aliases: ["U10"],
        traits: [.security],
        triggering: [
            Example("Read the ↓p\u{0430}ypal docs\n", kind: .agentsMd),
            Example("See https://↓p\u{0430}ypal.com/login\n", kind: .cursorrules),
            Example("Run `npm install ↓r\u{0435}act`\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("\u{041F}\u{0440}\u{0438}\u{0432}\u{0435}\u{0442} world\n", kind: .agentsMd),
            Example("Use \u{03BB} calculus, and \u{03B1}\u{03B2}\u{03B3} with abc\n", kind: .agentsMd),
            Example("Homoglyphs (Cyrillic \u{0430} \u{2192} Latin a)\n", kind: .llmsTxt),
            Example("Budget: <1\u{03BC}s per call; \u{0394}t is the frame time.\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.mixedScript) }
}
