import RulesmithText

/// LT055: an item link that does not point at a `.md` or `.txt` file.
struct NonMarkdownTargetRule: Rule {
    let description = RuleDescription(
        id: "LT055", name: "non-markdown-target",
        summary: "A link target that is not a .md or .txt file",
        rationale: """
        The proposal asks sites to offer a Markdown copy of each page (`page.html.md`, and from \
        v2 also `page.md`) and to link those from llms.txt, so a model reads clean text instead \
        of HTML. A link to an HTML page works (the reference parser accepts any URL) but costs \
        more context. Information only.
        """,
        kinds: [.llmsTxt], tags: [.links], defaultSeverity: .info,
        triggering: [
            Example(LLMSTxtExample.valid + "- [API](↓https://x.dev/api/)\n- [FAQ](↓https://x.dev/faq.html)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [API](https://x.dev/api.html.md?v=2#top)\n- [Full](https://x.dev/llms-full.txt)\n"),
            Example(LLMSTxtExample.valid + "- [Mail](mailto:team@x.dev)\n"),
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
        // The target first: most links are Markdown, and reading a link back from the item
        // list costs more than the test.
        for (index, target) in targets.enumerated() where (target.isWeb || target.isRelative) && !target.isTextFile {
            let destination = links[index].destinationRange
            guard !destination.isEmpty else { continue }
            findings.append(Finding(
                range: destination,
                message: "\(Excerpt.quote(source, destination)) is not a .md or .txt file; link the page's Markdown copy (e.g. 'page.html.md') where the site offers one"))
        }
    }
}
