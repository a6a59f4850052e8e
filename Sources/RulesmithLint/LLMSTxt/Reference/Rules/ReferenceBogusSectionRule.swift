import RulesmithText

/// REF003: the reference parser opens a section at a line that is not an H2.
struct ReferenceBogusSectionRule: Rule {
    let description = RuleDescription(
        id: "REF003", name: "reference-bogus-section",
        summary: "The reference parser invents a section at a line that is not an H2",
        rationale: """
        Sections are split with `re.split(r'^##\\s*(.*?$)', txt, flags=re.M)` before any \
        Markdown is read, so every line that starts with `##` opens a section: `### Setup` \
        becomes `# Setup`, `##Docs` becomes `Docs`, and a `## comment` inside a code fence \
        becomes a section holding the rest of the code. Consumers then see sections the author \
        never wrote, and lose the links under the real heading. Runs with `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: [.compat], defaultSeverity: .warning,
        // The example test's variants: the reference parser reads a comment before the first H2 as details text, which changes what it reads there.
        traits: [.optIn, .compat, .noCommentVariant],
        triggering: [
            Example(ReferenceExample.valid + "↓### More\n- [API](https://x.dev/api.md)\n"),
            Example(ReferenceExample.head + "↓##Docs\n- [API](https://x.dev/api.md)\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.valid + "\n## API\n\n- [API](https://x.dev/api.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        guard let parse = document.reference.parse else { return }
        let source = document.source
        let structure = document.llmsTxt
        func isReal(_ header: Range<Int>) -> Bool {
            structure.heading(startingAt: header.lowerBound).map { $0.level == 2 && $0.style == .atx } ?? false
        }
        for section in parse.sections {
            section.forEachHeader { header in
                guard !isReal(header) else { return }
                let line = header.lowerBound..<source.lineEnd(at: header.lowerBound)
                findings.append(Finding(
                    range: line,
                    message: "the reference parser opens a section \(Excerpt.quote(source, section.name)) at \(Excerpt.quote(source, line)), which Markdown does not read as an H2"))
            }
        }
    }
}
