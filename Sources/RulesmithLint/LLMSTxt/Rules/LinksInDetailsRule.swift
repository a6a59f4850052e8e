import RulesmithText

/// LT035: a list of links in the details rather than in an H2 section.
struct LinksInDetailsRule: Rule {
    let description = RuleDescription(
        id: "LT035", name: "links-in-details",
        summary: "A list of links in the details instead of an H2 section",
        rationale: """
        Links a consumer should expand belong in H2 sections: the reference parser and \
        `llms_txt2ctx` read links only from sections, and a list in the details stays plain \
        `info` text that is never fetched. A warning when the file has no H2 at all (then no \
        link is expanded), an information otherwise.
        """,
        kinds: [.llmsTxt], tags: ["structure", "links"], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.head + "↓- [Guide](https://x.dev/guide.md): setup\n- [API](https://x.dev/api.md)\n"),
            Example(LLMSTxtExample.head + "↓* [Guide](https://x.dev/guide.md)\n\n## Docs\n\n- [API](https://x.dev/api.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "- plain point\n- another point\n\n## Docs\n\n- [API](https://x.dev/api.md)\n"),
            Example(LLMSTxtExample.head + "See [the guide](https://x.dev/guide.md) first.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout, structure.title != nil else { return [] }
        let blocks = structure.markdown.blocks
        let bytes = document.source.bytes
        let severity: Severity = structure.sections.isEmpty ? .warning : .info
        return structure.details.compactMap { index -> Finding? in
            guard case .list = blocks[index].kind else { return nil }
            let links = MarkdownInline.links(bytes, in: blocks[index].range).filter { !$0.isImage }
            guard !links.isEmpty else { return nil }
            let advice = structure.sections.isEmpty
                ? "the file has no H2 section, so no tool expands them"
                : "tools expand only links in H2 sections"
            return Finding(
                range: blocks[index].range,
                message: "list of \(links.count) link(s) in the details; move it under an H2 such as '## Docs': \(advice)",
                severity: severity)
        }
    }
}
