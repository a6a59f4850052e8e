import RulesmithText

/// LT052: an item link whose scheme is not http or https.
struct NonWebSchemeRule: Rule {
    let description = RuleDescription(
        id: "LT052", name: "non-web-url-scheme",
        summary: "A link URL whose scheme is not http(s)",
        rationale: """
        Consumers fetch an llms.txt's links over HTTP to read the pages; `mailto:`, `ftp:`, \
        `file:` or `javascript:` URLs cannot be expanded into context (the reference parser \
        accepts them, and `llms_txt2ctx` fails on them). Link to a web page instead.
        """,
        kinds: [.llmsTxt], tags: [.links], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.valid + "- [Mail](↓mailto:team@x.dev)\n- [Mirror](↓ftp://x.dev/docs.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [Plain](http://x.dev/plain.md)\n- [Upper](HTTPS://x.dev/upper.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let targets = document.analysis(ItemLinkTargets.self).targets
        let links = structure.itemLinks
        // The target first: a link is read back from the item list only for another scheme.
        return targets.indices.compactMap { index -> Finding? in
            let target = targets[index]
            guard !target.isRelative, !target.isWeb else { return nil }
            let destination = links[index].destinationRange
            guard let scheme = target.scheme(in: source.bytes, destination: destination) else { return nil }
            return Finding(
                range: destination,
                message: "URL \(Excerpt.quote(source, destination)) uses the '\(scheme):' scheme; consumers fetch links over http(s)")
        }
    }
}
