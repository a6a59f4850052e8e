import RulesmithText

/// REF004: the reference parser reads a link's URL or text differently from Markdown.
struct ReferenceLinkAlteredRule: Rule {
    let description = RuleDescription(
        id: "REF004", name: "reference-link-altered",
        summary: "The reference parser reads a link's URL or text differently",
        rationale: """
        The link pattern `\\[([^\\]]+)\\]\\(([^\\)]+)\\)` stops the URL at the first `)` and the \
        text at the first `]`, and knows no `<…>` or `"title"`: `https://x/a_(b)` becomes \
        `https://x/a_(b`, `<https://x/a>` keeps its brackets, `[![i](img)](url)` yields the \
        text `![i` and the image URL, and `[a](my page.md)`, which Markdown does not take for a \
        link, is read as one. Tools then fetch a URL the author did not write. Runs with \
        `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: [.compat], defaultSeverity: .warning, traits: [.optIn, .compat],
        triggering: [
            Example(ReferenceExample.valid + "- [Wiki](↓https://x.dev/a_(b).md)\n"),
            Example(ReferenceExample.valid + "- [API](↓<https://x.dev/api.md>)\n- [![logo](↓https://x.dev/logo.png)](https://x.dev/home.md)\n"),
            Example(ReferenceExample.valid + "- [Notes](↓https://x.dev/my notes.md)\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example(ReferenceExample.valid + "- [Wiki](https://x.dev/a_%28b%29.md): encoded\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        guard let parse = document.reference.parse else { return [] }
        let source = document.source
        let bytes = source.bytes
        // The items' own links, in document order, answer most lookups without rescanning a line.
        var known: [InlineLink] = []
        for section in document.llmsTxt.sections {
            for item in section.items { if let link = item.link { known.append(link) } }
        }
        var findings: [Finding] = []
        for section in parse.sections {
            for link in section.links {
                let open = link.title.lowerBound - 1
                let markdown = Self.link(at: open, in: known)
                    ?? MarkdownInline.links(bytes, in: open..<link.line.upperBound).first { $0.range.lowerBound == open }
                guard let markdown, !markdown.isImage else {
                    findings.append(Finding(
                        range: link.url,
                        message: "the reference parser reads a link to \(Excerpt.quote(source, link.url)) here, which Markdown does not read as a link"))
                    continue
                }
                if !bytes[markdown.destinationRange].elementsEqual(bytes[link.url]) {
                    findings.append(Finding(
                        range: link.url,
                        message: "the reference parser reads the URL as \(Excerpt.quote(source, link.url)) where Markdown reads \(Excerpt.quote(source, markdown.destinationRange))"))
                } else if !bytes[markdown.textRange].elementsEqual(bytes[link.title]) {
                    findings.append(Finding(
                        range: link.title,
                        message: "the reference parser reads the link text as \(Excerpt.quote(source, link.title)) where Markdown reads \(Excerpt.quote(source, markdown.textRange))"))
                }
            }
        }
        return findings
    }

    /// The link among `links` (sorted by start) that starts at `offset`.
    private static func link(at offset: Int, in links: [InlineLink]) -> InlineLink? {
        let low = SortedSearch.first(in: links.indices) { links[$0].range.lowerBound < offset }
        return low < links.count && links[low].range.lowerBound == offset ? links[low] : nil
    }
}
