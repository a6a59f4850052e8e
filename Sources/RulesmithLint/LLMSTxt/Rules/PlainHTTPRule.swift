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
        kinds: [.llmsTxt], tags: ["links"], defaultSeverity: .info,
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
        return zip(structure.itemLinks, targets).compactMap { link, target -> Finding? in
            guard target.schemeKind == .http else { return nil }
            return Finding(
                range: link.destinationRange,
                message: "\(Excerpt.quote(source, link.destinationRange)) uses plain http; use https")
        }
    }
}
