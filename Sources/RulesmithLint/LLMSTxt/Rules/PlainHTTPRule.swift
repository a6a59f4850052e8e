import RulesmithText

/// LT056: an item link over plain `http://`.
struct PlainHTTPRule: Rule {
    let description = RuleDescription(
        id: "LT056", name: "plain-http-url",
        summary: "A link over http:// rather than https://",
        rationale: """
        Pages fetched over plain HTTP can be altered on the way into a model's context; most \
        sites redirect to HTTPS anyway. The reference parser accepts either. Information only.
        """,
        kinds: [.llmsTxt], tags: [.links], defaultSeverity: .info,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](↓http://x.dev/api.md)\n- [Old](↓HTTP://x.dev/old.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "See http://x.dev in the details.\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let targets = document.analysis(ItemLinkTargets.self).targets
        let links = structure.itemLinks
        // The target first: a link is read back from the item list only when it is plain http.
        return targets.indices.compactMap { index -> Finding? in
            guard targets[index].schemeKind == .http else { return nil }
            let destination = links[index].destinationRange
            return Finding(
                range: destination,
                message: "\(Excerpt.quote(source, destination)) uses plain http; use https")
        }
    }
}
