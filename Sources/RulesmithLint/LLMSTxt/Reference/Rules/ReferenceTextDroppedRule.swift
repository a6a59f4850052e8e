import RulesmithText

/// REF005: text the reference parser silently drops.
struct ReferenceTextDroppedRule: Rule {
    let description = RuleDescription(
        id: "REF005", name: "reference-text-dropped",
        summary: "Text the reference parser silently drops",
        rationale: """
        Some text never reaches the parse result, and nothing says so: the header search skips \
        whatever comes before the `# Title` line, the link pattern is searched anywhere in a \
        line (so `see - [a](u)` loses `see`), and notes after a link are kept only when a `:` \
        follows the `)` directly (`- [a](u) notes` loses `notes`). Runs with \
        `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: ["compat"], defaultSeverity: .warning, isOptIn: true,
        triggering: [
            Example("↓Generated file.\n\n" + ReferenceExample.valid),
            Example(ReferenceExample.valid + "- [API](https://x.dev/api.md) ↓the reference\n↓see - [FAQ](https://x.dev/faq.md)\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.valid + "- [API](https://x.dev/api.md): the reference\n  - [Nested](https://x.dev/nested.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        guard let parse = document.reference.parse else { return [] }
        let source = document.source
        let bytes = source.bytes
        var findings: [Finding] = []
        let before = PythonTextRange.trimmed(bytes, parse.preamble.lowerBound..<parse.headerStart)
        if !before.isEmpty {
            findings.append(Finding(
                range: before,
                message: "the reference parser drops \(Excerpt.quote(source, before)): it starts reading at the '# ' title line"))
        }
        for section in parse.sections {
            for link in section.links {
                let lead = PythonTextRange.trimmed(bytes, link.line.lowerBound..<link.match.lowerBound)
                if !lead.isEmpty {
                    findings.append(Finding(
                        range: lead,
                        message: "the reference parser drops \(Excerpt.quote(source, lead)) before the link on this line"))
                }
                let tail = PythonTextRange.trimmed(bytes, link.match.upperBound..<link.line.upperBound)
                if link.desc == nil, !tail.isEmpty {
                    findings.append(Finding(
                        range: tail,
                        message: "the reference parser drops the notes \(Excerpt.quote(source, tail)): notes are kept only after a ':' right behind the ')'"))
                }
            }
        }
        return findings
    }
}
