import RulesmithEditors

/// RF007: a rules file that is binary or not UTF-8.
struct NotUTF8TextRule: Rule {
    let description = RuleDescription(
        id: "RF007", name: "binary-or-not-utf8",
        summary: "The file is binary or not UTF-8",
        rationale: """
            Editors read rules files as UTF-8 text. A UTF-16 file (as some Windows tools save \
            them), a Latin-1 file, or binary data reaches the model as garbage or not at all, and \
            every other check on it is guesswork. The finding points at the first bad byte; \
            re-save the file as UTF-8. A UTF-16 or UTF-32 file draws this finding alone (SEC011 \
            yields to it, and reports the encoding where this rule is turned off).
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, .encoding], defaultSeverity: .error,
        triggering: [
            Example("Use bun.\n↓\u{0}\u{1}\u{2}\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("Use bun. Ünïcödé is fine, and so is 😀.\n", kind: .agentsMd),
            Example("\u{FEFF}# Rules with a UTF-8 byte-order mark\n", kind: .claudeMd),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        let integrity = document.analysis(TextIntegrity.self)
        let bytes = document.source.bytes
        if let wide = integrity.wideEncoding {
            let how = integrity.hasByteOrderMark ? "by its byte-order mark" : "by its NUL pattern"
            let width = integrity.hasByteOrderMark ? (wide == .utf32BigEndian || wide == .utf32LittleEndian ? 4 : 2) : 1
            return [Finding(
                range: 0..<min(width, bytes.count),
                message: "binary or not UTF-8: the file is \(wide.rawValue) (\(how)); editors read rules files as UTF-8, so re-save it as UTF-8")]
        }
        if let nul = integrity.firstNUL {
            let line = document.source.position(ofByte: nul).line
            return [Finding(
                range: nul..<(nul + 1),
                message: "binary or not UTF-8: a NUL byte at offset \(nul) (line \(line)); a rules file must be UTF-8 text")]
        }
        if let bad = integrity.firstInvalidUTF8 {
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return [Finding(
                range: bad..<(bad + 1),
                message: "binary or not UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(bad) is not valid UTF-8; re-save the file as UTF-8")]
        }
        return []
    }
}
