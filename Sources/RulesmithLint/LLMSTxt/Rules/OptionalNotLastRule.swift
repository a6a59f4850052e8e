/// LT034: the `Optional` section is not the last section.
struct OptionalNotLastRule: Rule {
    let description = RuleDescription(
        id: "LT034", name: "optional-not-last",
        summary: "The 'Optional' section is not the last section",
        rationale: """
        The v1 proposal describes `## Optional` as the closing section of secondary links, which \
        a consumer may cut off for a shorter context; sections after it read as if they were \
        optional too. The reference parser accepts any order. v2 gives `Optional` no mechanical \
        meaning, so this rule is an information under v1 and off under v2.
        """,
        kinds: [.llmsTxt], tags: ["sections"], defaultSeverity: .info,
        profileSeverity: [.v1: .info, .v2: nil],
        triggering: [
            Example(LLMSTxtExample.head + "↓## Optional\n\n- [Blog](https://x.dev/blog.md)\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n", profile: .v1),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid + "\n## Optional\n\n- [Blog](https://x.dev/blog.md)\n", profile: .v1),
            Example(LLMSTxtExample.valid, profile: .v1),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, structure.sections.count > 1 else { return [] }
        let source = document.source
        return structure.sections.dropLast().filter { source.bytes[$0.heading.nameRange].elementsEqual("Optional".utf8) }.map { section in
            Finding(
                range: section.heading.range,
                message: "section 'Optional' is followed by other sections; put it last, as the v1 proposal reads it as the secondary links a consumer may drop")
        }
    }
}
