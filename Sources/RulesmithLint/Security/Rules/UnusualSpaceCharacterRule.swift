/// SEC009 (U9): spaces other than U+0020 where they matter.
struct UnusualSpaceCharacterRule: Rule {
    let description = RuleDescription(
        id: "SEC009", name: "unusual-space-character",
        summary: "A non-ASCII space inside a command or phrase, a line or paragraph separator, or a long run of them",
        rationale: """
        No-break, em, thin and ideographic spaces look like a space but are different characters: \
        after an ASCII letter or digit and before another (`npm\\u{00A0}install`, `rm\\u{00A0}-rf`) they join or split tokens in \
        ways a reader cannot see, and U+2028/U+2029 break lines for some readers only; these are \
        noted (info). A run of 40 or more pushes text out of view and is a warning. Spaces used \
        for layout next to ordinary spaces or other text (tree drawings, French typography) are \
        left alone.
        """,
        kinds: SecurityRules.allKinds, tags: ["security", "unicode"], defaultSeverity: .info, aliases: ["U9"],
        triggering: [
            Example("Run npm↓\u{00A0}install\n", kind: .cursorrules),
            Example("Line↓\u{2028}break\n", kind: .agentsMd),
            Example("Text↓" + String(repeating: "\u{00A0}", count: 40) + "hidden\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Open it, e.g.\u{00A0}to get the result\n", kind: .agentsMd),
            Example("Bonjour\u{00A0}! Prix\u{202F}: 10\n", kind: .agentsMd),
            Example("\u{2502}\u{00A0}\u{00A0} \u{251C}\u{2500}\u{2500} src\n", kind: .cline),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { document.analysis(CodePointScan.self).findings(.oddSpaces) }
}
