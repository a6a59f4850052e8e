import RulesmithEditors

/// SEC011 (U11): a rules file in UTF-16 or UTF-32 (warning) or with a UTF-8 byte-order mark (info).
struct NonUTF8EncodingRule: Rule {
    let description = RuleDescription(
        id: "SEC011", name: "non-utf8-encoding",
        summary: "A rules file is UTF-16 or UTF-32, or starts with a UTF-8 byte-order mark",
        rationale: """
        Editors and tools that read rules files expect UTF-8. A UTF-16 or UTF-32 file (recognised \
        by its byte-order mark or by NUL bytes at every second or fourth position) is read \
        differently by different tools, and a scanner that assumes UTF-8 sees only NUL-separated \
        letters; rulesmith transcodes it to scan it, but the file should be converted to UTF-8. A \
        UTF-8 byte-order mark is harmless but unusual (info). Where RF007 (an error for any file \
        that is not UTF-8) reports the same file, its finding stands alone: one cause, one \
        finding. Invalid UTF-8 and binary files are RF007's concern; llms.txt encoding is \
        LT001/LT002's.
        """,
        kinds: FileKind.rulesFiles, tags: [.security, .unicode], defaultSeverity: .warning, aliases: ["U11"],
        // The example test's variants: it judges the encoding of the whole file, which added UTF-8 text changes.
        traits: [.security, .noPrefixVariant, .noCommentVariant],
        yieldsTo: ["RF007"],
        triggering: [
            Example("↓#\u{0} \u{0}R\u{0}u\u{0}l\u{0}e\u{0}s\u{0}\n\u{0}", kind: .agentsMd),
            Example("↓\u{FEFF}# Rules\n", kind: .claudeMd),
        ],
        nonTriggering: [
            Example("# Rules\n", kind: .agentsMd),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let encoding = document.analysis(SecurityText.self).encoding
        switch encoding {
        case .utf8:
            return []
        case .utf8WithBOM:
            return [Finding(range: 0..<3, message: "UTF-8 byte-order mark at the start of the file; UTF-8 needs none", severity: .info)]
        case .utf16(_, let byBOM), .utf32(_, let byBOM):
            let evidence = byBOM ? "by its byte-order mark" : "by where its NUL bytes fall"
            let length = max(1, encoding.bomLength)
            return [Finding(
                range: 0..<min(length, document.source.bytes.count),
                message: "file is \(encoding.name) (recognised \(evidence)); editors and tools expect UTF-8, so convert it",
                severity: .warning)]
        }
    }
}
