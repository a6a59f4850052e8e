/// LT002: the file starts with a UTF-8 byte order mark.
struct ByteOrderMarkRule: Rule {
    let description = RuleDescription(
        id: "LT002", name: "byte-order-mark",
        summary: "The file starts with a byte order mark (U+FEFF)",
        rationale: """
        The v2 proposal allows a BOM; v1 does not mention it. The reference parser keeps U+FEFF in \
        front of the `#`, its header pattern no longer matches, and it fails with a `TypeError`, so \
        every tool built on it rejects the file. Under the v1 profile this is a warning, under v2 \
        (the default) an information. Removing the BOM changes nothing else, so the fix is safe.
        """,
        kinds: [.llmsTxt], tags: ["encoding", "compat"], defaultSeverity: .info,
        profileSeverity: [.v1: .warning, .v2: .info], fix: .safe,
        triggering: [
            Example("↓\u{FEFF}" + LLMSTxtExample.valid),
            Example("↓\u{FEFF}# Project\n", profile: .v1),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Project\n\n> Summary with \u{FEFF} inside.\n"),
        ],
        corrections: [Correction(Example("↓\u{FEFF}# Project\n"), "# Project\n")]
    )

    func check(_ document: LintDocument) -> [Finding] {
        guard document.llmsTxt.bomLength == 3 else { return [] }
        let message = document.options.profile == .v1
            ? "byte order mark at the start of the file; the v1 proposal does not allow it and the reference parser fails on it (TypeError)"
            : "byte order mark at the start of the file; v2 allows it, but the reference parser fails on it (TypeError)"
        return [Finding(range: 0..<3, message: message, fix: Fix(.safe, title: "Remove the byte order mark", edits: [TextEdit(range: 0..<3, replacement: "")]))]
    }
}
