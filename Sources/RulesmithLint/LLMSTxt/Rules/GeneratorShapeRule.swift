import RulesmithText

/// LT083: the file follows a shape that a site generator writes (sub-headings under sections,
/// prose sections, HTML sitemaps, concatenated pages); said once, at the top, with how to conform.
struct GeneratorShapeRule: Rule {
    /// How many times a shape's mark must appear before the file is said to follow it.
    static let threshold = 5

    let description = RuleDescription(
        id: "LT083", name: "generator-shape",
        summary: "The file follows a generator's shape that the proposal does not (said once, at the top)",
        rationale: """
        Documentation generators write llms.txt in recognisable shapes that depart from the \
        proposal throughout the file, not on one line: sub-headings under each section (Mintlify \
        and other docs platforms), sections written as prose or plain bullets (a README or page \
        dump), every link to an HTML page (a sitemap export), or whole pages concatenated each \
        with its own H1 (pkgdown). The line-by-line findings then run into the hundreds. This \
        finding names the shape once, at the top, with the one change that makes the file \
        conform; the other findings say where. Information only.
        """,
        kinds: [.llmsTxt], tags: [.structure, .sections], defaultSeverity: .info,
        triggering: [
            Example("↓# Project\n\n> Summary.\n\n## Guides\n\n### Setup\n\n- [A](https://x.dev/a.md)\n\n### Deploy\n\n- [B](https://x.dev/b.md)\n\n## API\n\n### Auth\n\n- [C](https://x.dev/c.md)\n\n### Users\n\n- [D](https://x.dev/d.md)\n\n### Teams\n\n- [E](https://x.dev/e.md)\n"),
            Example("↓# Site\n\n> Pages.\n\n## Pages\n\n- [A](https://x.dev/a)\n- [B](https://x.dev/b/)\n- [C](https://x.dev/c.html)\n- [D](https://x.dev/d)\n- [E](https://x.dev/e)\n- [F](https://x.dev/f)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "\n### One sub-heading\n\n- [A](https://x.dev/a.md)\n"),
            Example(LLMSTxtExample.valid + "- [A](https://x.dev/a)\n- [B](https://x.dev/b.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let blocks = structure.markdown.blocks
        var subHeadings = 0
        var proseBlocks = 0
        var unlinkedItems = 0
        var items = 0
        for section in structure.sections {
            for index in section.blocks {
                if let level = blocks[index].headingLevel, level >= 3 {
                    subHeadings += 1
                } else if case .list = blocks[index].kind {
                    continue
                } else if blocks[index].headingLevel == nil {
                    proseBlocks += 1
                }
            }
            for item in section.items {
                items += 1
                if !item.hasAnyLink { unlinkedItems += 1 }
            }
        }
        let targets = document.analysis(ItemLinkTargets.self).targets
        let web = targets.filter { $0.isWeb || $0.isRelative }
        let pages = web.count { !$0.isTextFile }
        var shapes: [String] = []
        if subHeadings >= Self.threshold {
            shapes.append("sub-headings under its sections (\(subHeadings), as Mintlify and other docs platforms write them): make each an H2 section of its own, e.g. '## Guides: Setup'")
        }
        if structure.lateTitles.count >= 1 && structure.headings.count { $0.level == 1 } >= 3 {
            shapes.append("pages concatenated one after another, each with its own H1 (\(structure.lateTitles.count) after the sections, as pkgdown writes them): make each page's H1 an H2 section, or split the file")
        }
        // Prose is at least half of what the sections hold.
        let prose = proseBlocks + unlinkedItems
        if prose >= Self.threshold && prose * 2 >= items + proseBlocks {
            shapes.append("sections written as prose or plain bullets (\(prose) blocks or items without a link, as a README or page dump reads): keep each section a list of '- [name](url): notes' and move the text into the details or llms-full.txt")
        }
        if pages >= Self.threshold && pages * 2 > web.count {
            shapes.append("links to HTML pages (\(pages) of \(web.count), as a sitemap export writes them): link each page's Markdown copy ('page.html.md') where the site serves one")
        }
        guard !shapes.isEmpty else { return [] }
        let range = structure.title?.range ?? source.contentRange(ofLine: 0)
        return [Finding(
            range: range,
            message: "this file follows a generator's shape rather than the proposal's: " + shapes.joined(separator: "; and ") + "; the findings below point at each place")]
    }
}
