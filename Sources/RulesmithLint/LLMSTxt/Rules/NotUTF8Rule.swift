import RulesmithText

/// LT001: the file is not UTF-8 text (an ill-formed byte sequence, or NUL bytes as in UTF-16).
struct NotUTF8Rule: Rule {
    let description = RuleDescription(
        id: "LT001", name: "not-utf8",
        summary: "The file is not UTF-8 text",
        rationale: """
        The llms.txt proposal describes a Markdown file, and every consumer reads it as UTF-8: the \
        reference parser reads it with `Path.read_text()` and stops with a `UnicodeDecodeError` on \
        the first ill-formed byte, so nothing in the file reaches a model. A NUL byte is reported \
        too: UTF-8 text never holds one, and it is what a UTF-16 file looks like byte by byte. \
        Re-save the file as UTF-8; the other rules still run on the bytes as they are.
        """,
        kinds: [.llmsTxt], tags: ["encoding"], defaultSeverity: .error,
        triggering: [
            Example("# Pro↓\u{0}ject\n\n> Summary.\n"),
            Example("#↓\u{0} \u{0}P\u{0}\n\u{0}"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example("# Café ☕ 项目\n\n> Résumé — naïve 👍\n"),
            Example("\u{FEFF}# Project\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let bytes = document.source.bytes
        let invalid = document.source.isValidUTF8 ? nil : UTF8Validation.firstInvalidOffset(bytes)
        let nul = ByteScan.firstIndex(of: 0, in: bytes)
        switch (invalid, nul) {
        case (let invalid?, let nul?) where nul < invalid:
            return [nulFinding(nul)]
        case (let invalid?, _):
            let byte = String(bytes[invalid], radix: 16, uppercase: true)
            return [Finding(
                range: invalid..<(invalid + 1),
                message: "byte 0x\(byte) at offset \(invalid) is not valid UTF-8; an llms.txt must be UTF-8 text, and the reference parser stops here with UnicodeDecodeError")]
        case (nil, let nul?):
            return [nulFinding(nul)]
        case (nil, nil):
            return []
        }
    }

    private func nulFinding(_ offset: Int) -> Finding {
        Finding(
            range: offset..<(offset + 1),
            message: "NUL byte at offset \(offset); the file looks like UTF-16 or binary data, and an llms.txt must be UTF-8 text")
    }
}
