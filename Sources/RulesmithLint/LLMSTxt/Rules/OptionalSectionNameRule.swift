import RulesmithText

/// LT033: a section that looks meant as `Optional` but is not named exactly that.
struct OptionalSectionNameRule: Rule {
    let description = RuleDescription(
        id: "LT033", name: "optional-section-misnamed",
        summary: "A section named like 'Optional' that is not exactly 'Optional'",
        rationale: """
        Under v1, `## Optional` marks links a consumer may skip for a shorter context, and \
        `llms_txt2ctx` skips exactly (case-sensitively) the section `Optional`: `## optional` or \
        `## Optional resources` is expanded like any other. v2 keeps `Optional` only by \
        convention, so this is a warning under the v1 profile and an information under v2.
        """,
        kinds: [.llmsTxt], tags: ["sections"], defaultSeverity: .warning,
        profileSeverity: [.v1: .warning, .v2: .info],
        triggering: [
            Example(LLMSTxtExample.valid + "\n↓## optional\n\n- [Blog](https://x.dev/blog.md)\n"),
            Example(LLMSTxtExample.valid + "\n↓## Optional resources\n\n- [Blog](https://x.dev/blog.md)\n", profile: .v1),
            Example(LLMSTxtExample.valid + "\n↓## Optional: chat access\n\n- [Chat](https://x.dev/chat.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid + "\n## Optional\n\n- [Blog](https://x.dev/blog.md)\n"),
            Example(LLMSTxtExample.valid + "\n## Options\n\n- [Flags](https://x.dev/flags.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        return structure.sections.compactMap { section -> Finding? in
            let name = source.bytes[section.heading.nameRange]
            guard name.elementsEqual("Optional".utf8) == false,
                  String(decoding: name, as: UTF8.self).lowercased().contains("optional") else { return nil }
            return Finding(
                range: section.heading.range,
                message: "section \(Excerpt.quote(source, section.heading.nameRange)) is not named exactly 'Optional'; consumers skip only '## Optional' when they need a shorter context")
        }
    }
}
