import RulesmithText

/// LT051: an item link with a relative URL.
struct RelativeURLRule: Rule {
    let description = RuleDescription(
        id: "LT051", name: "relative-url",
        summary: "A relative link URL",
        rationale: """
        An llms.txt is read away from its site: by a model, by `llms_txt2ctx`, by tools that \
        fetch each link. A relative URL (`/guide.md`, `guide.md`) has no base there; the \
        reference parser accepts it, but `llms_txt2ctx` fails with `httpx.UnsupportedProtocol` \
        and aborts the whole run. Write absolute `https://` URLs.
        """,
        kinds: [.llmsTxt], tags: [.links], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](↓/api.md): the API\n- [FAQ](↓faq.md)\n- [Home](↓//x.dev/index.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "See [the guide](guide.md) in the details.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    // Reported as found: a file of a million such lines never holds their findings in a list.
    func check(_ document: LintDocument, into findings: inout FindingSink) {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return }
        let source = document.source
        let targets = document.analysis(ItemLinkTargets.self).targets
        let links = structure.itemLinks
        // The target first: a link is read back from the item list only when it is relative.
        for (index, target) in targets.enumerated() where target.isRelative {
            let destination = links[index].destinationRange
            guard !destination.isEmpty else { continue }
            findings.append(Finding(
                range: destination,
                message: "relative URL \(Excerpt.quote(source, destination)); write an absolute 'https://' URL, as tools fetch links away from the site (llms_txt2ctx fails on this one)"))
        }
    }
}
