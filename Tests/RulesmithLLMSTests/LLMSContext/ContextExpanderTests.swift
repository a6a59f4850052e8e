import Foundation
import RulesmithTestSupport
import RulesmithText
import Testing
@testable import RulesmithLLMS

/// The context document: its shape, error entries, `## Optional`, and well-formed XML for every
/// corpus file with hostile stand-in documents.
struct ContextExpanderTests {
    static let example = """
    # Project & Co

    > Summary with "quotes" and <tags>.

    Details: see the docs.

    ## Docs

    - [Guide](guide.md): setup and first steps
    - [API](https://x.dev/api.html) the API, notes without a colon
    - [Guide again](guide.md)

    ## Optional

    - [Extra](extra.md): the long tail

    """

    static func expand(_ text: String, optional: Bool = false, fetch: (ResolvedLink) -> DocumentResult) -> ContextOutput {
        ContextExpander(resolver: LinkResolver(directory: "/site"), includeOptional: optional)
            .expand(SourceText(text), fetch: fetch)
    }

    @Test func shapeOfTheDocument() {
        var asked: [ResolvedLink.Target] = []
        let output = Self.expand(Self.example) { link in
            asked.append(link.target)
            switch link.target {
            case .file("/site/guide.md"): return .document(Array("# Guide\r\n\r\nRun `a < b`.\n\n".utf8), fetchedFrom: nil)
            case .web: return .failure(DocumentFailure(.notFound, "HTTP 404 from https://x.dev/api.html", status: 404))
            default: return .failure(DocumentFailure(.readError, "unexpected"))
            }
        }
        #expect(asked == [.file("/site/guide.md"), .web("https://x.dev/api.html")])
        #expect(output.text == """
        <project title="Project &amp; Co" summary="Summary with &quot;quotes&quot; and &lt;tags&gt;.">
        Details: see the docs.
        <section name="Docs">
        <doc title="Guide" url="guide.md" desc="setup and first steps">
        <![CDATA[# Guide

        Run `a < b`.]]>
        </doc>
        <doc title="API" url="https://x.dev/api.html" desc="the API, notes without a colon" error="not-found" status="404">HTTP 404 from https://x.dev/api.html</doc>
        <doc title="Guide again" url="guide.md">
        <![CDATA[# Guide

        Run `a < b`.]]>
        </doc>
        </section>
        </project>

        """)
        #expect(output.documents == 3)
        #expect(output.failures.map(\.kind) == [.notFound])
        #expect(XMLCheck.parse(output.bytes).error == nil)
    }

    @Test func optionalSectionOnlyWhenAsked() {
        let fetch: (ResolvedLink) -> DocumentResult = { _ in .document(Array("text".utf8), fetchedFrom: nil) }
        let short = Self.expand(Self.example, fetch: fetch)
        #expect(!short.text.contains("Optional"))
        let plan = ContextExpander(resolver: LinkResolver(directory: "/site")).plan(SourceText(Self.example))
        #expect(plan.skippedOptionalLinks == 1)
        let full = Self.expand(Self.example, optional: true, fetch: fetch)
        let check = XMLCheck.parse(full.bytes)
        #expect(check.elements(named: "section").map { $0.attributes["name"] } == ["Docs", "Optional"])
    }

    @Test func fetchedFromAndFailuresFromTheFetcher() {
        let text = "# P\n\n> S\n\n## Docs\n\n- [Page](https://x.dev/page.html): a page\n- [Bin](bin.md)\n- [Mail](mailto:a@b.c)\n"
        let output = Self.expand(text) { link in
            if case .web = link.target { return .document(Array("md".utf8), fetchedFrom: "https://x.dev/page.html.md") }
            return .document([0x61, 0xFF, 0x62], fetchedFrom: nil)
        }
        let docs = XMLCheck.parse(output.bytes).elements(named: "doc")
        #expect(docs.count == 3)
        #expect(docs[0].attributes["fetched"] == "https://x.dev/page.html.md")
        #expect(docs[1].attributes["error"] == "not-utf8")
        #expect(docs[1].text == "bin.md is not UTF-8 text (bad byte at offset 1)")
        #expect(docs[2].attributes["error"] == "unsupported-scheme")
    }

    @Test func sectionNamesAndTitlesAreAttributes() {
        let text = "# \"Odd\" <name>\n\n## API Reference & \"More\"\n\n- [A <b>](a.md)\n\n## Docs ##\n\n- [B](b.md)\n"
        let output = Self.expand(text) { _ in .document(Array("</doc></section>]]>".utf8), fetchedFrom: nil) }
        let check = XMLCheck.parse(output.bytes)
        #expect(check.error == nil)
        #expect(check.elements(named: "project").first?.attributes["title"] == "\"Odd\" <name>")
        #expect(check.elements(named: "section").map { $0.attributes["name"] } == ["API Reference & \"More\"", "Docs"])
        #expect(check.elements(named: "doc").map(\.text) == ["\n</doc></section>]]>\n", "\n</doc></section>]]>\n"])
    }

    @Test func inputThatIsNotAnLLMSTxtStillGivesXML() {
        for text in ["", "\u{FEFF}", "<!DOCTYPE html><html><body>x</body></html>", "no heading at all\n- [a](b)", "## Only\n- [x](y.md)\n", "#\n##\n-\n", "\u{0}\u{1}# T\u{B}\n"] {
            let output = Self.expand(text) { _ in .document(Array("ok".utf8), fetchedFrom: nil) }
            #expect(XMLCheck.parse(output.bytes).error == nil, "\(text.debugDescription): \(output.text)")
        }
    }

    /// Hostile stand-in bodies, chosen per link.
    static let bodies: [String] = [
        "# Doc\n\nPlain Markdown.\n",
        "</doc></section></project><doc title=\"fake\">",
        "a ]]> b ]]]]> c <![CDATA[ d",
        "<b>bold</b> & &amp; <script>x</script>",
        "controls \u{0}\u{1}\u{7}\u{1B}[31m \u{FFFE}\u{FFFF} end",
        "<!-- dropped -->\n<img src=\"data:image/png;base64,AAA\">\nkept\r\n",
        "",
    ]

    @Test(.enabled(if: SharedCorpus.isPresent, "../shared/corpus is absent"), arguments: SharedCorpus.llmsTxtFiles().map(\.lastPathComponent))
    func corpusFileGivesWellFormedXML(_ name: String) throws {
        let url = try #require(SharedCorpus.llmsTxtFiles().first { $0.lastPathComponent == name })
        let source = SourceText(bytes: try [UInt8](Data(contentsOf: url)))
        for optional in [false, true] {
            let expander = ContextExpander(resolver: LinkResolver(directory: "/site"), includeOptional: optional)
            let plan = expander.plan(source)
            var counter = 0
            let output = expander.expand(source) { link in
                counter += 1
                if counter % 5 == 4 { return .failure(DocumentFailure(.timeout, "no answer from \(link.written) <in time> & \"so\"")) }
                return .document(Array(Self.bodies[counter % Self.bodies.count].utf8), fetchedFrom: nil)
            }
            let check = XMLCheck.parse(output.bytes)
            #expect(check.error == nil, "\(name): \(check.error ?? "")")
            #expect(check.elements(named: "section").count == plan.sections.count)
            #expect(check.elements(named: "doc").count == plan.sections.reduce(0) { $0 + $1.entries.count })
            #expect(check.elements(named: "section").map { $0.attributes["name"] ?? "" } == plan.sections.map { XMLWriterTests.expectedContent($0.name) })
        }
    }
}
