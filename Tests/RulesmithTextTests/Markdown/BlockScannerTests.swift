import Testing
@testable import RulesmithText

/// Block structure on the CommonMark cases llms.txt and rules files depend on.
struct BlockScannerTests {
    func kinds(_ text: String) -> [String] {
        let document = MarkdownDocument(SourceText(text))
        return document.blocks.map { block in
            let name: String
            switch block.kind {
            case .blockQuote: name = "quote"
            case .list(let ordered, _): name = ordered ? "olist" : "list"
            case .listItem: name = "item"
            case .heading(let level, let setext): name = setext ? "setext\(level)" : "h\(level)"
            case .paragraph: name = "p"
            case .fencedCode(_, _, let closed): name = closed ? "fence" : "fence-open"
            case .indentedCode: name = "code"
            case .html(let type): name = "html\(type)"
            case .thematicBreak: name = "hr"
            }
            return "\(name)@\(block.lines.lowerBound + 1)-\(block.lines.upperBound)"
        }
    }

    @Test func headingsAndParagraphs() {
        #expect(kinds("# Title\n\n> Summary\n\nText\n## Docs\n") == ["h1@1-1", "quote@3-3", "p@3-3", "p@5-5", "h2@6-6"])
        #expect(kinds("#Title\n") == ["p@1-1"])
        #expect(kinds("Title\n=====\n\nSub\n---\n") == ["setext1@1-2", "setext2@4-5"])
        #expect(kinds("    # not a heading\n") == ["code@1-1"])
        #expect(kinds("# Title #\n").count == 1)
    }

    @Test func headingContentDropsClosingHashes() {
        let source = SourceText("## Docs ##\n")
        let document = MarkdownDocument(source)
        #expect(source.string(document.blocks[0].contentRange) == "Docs")
    }

    @Test func fencesHideHeadings() {
        #expect(kinds("```r\n## not a heading\n```\n## Real\n") == ["fence@1-3", "h2@4-4"])
        #expect(kinds("~~~\n```\n~~~\n") == ["fence@1-3"])
        #expect(kinds("```\nunclosed\n") == ["fence-open@1-2"])
    }

    @Test func listsNestAndContinue() {
        #expect(kinds("- [a](u)\n- [b](v)\n") == ["list@1-2", "item@1-1", "p@1-1", "item@2-2", "p@2-2"])
        #expect(kinds("- a\n  - b\n") == ["list@1-2", "item@1-2", "p@1-1", "list@2-2", "item@2-2", "p@2-2"])
        #expect(kinds("* a\n+ b\n") == ["list@1-1", "item@1-1", "p@1-1", "list@2-2", "item@2-2", "p@2-2"])
        #expect(kinds("1. a\n2. b\n") == ["olist@1-2", "item@1-1", "p@1-1", "item@2-2", "p@2-2"])
    }

    @Test func lazyContinuation() {
        let document = MarkdownDocument(SourceText("> quote\ncontinued\n\nnext\n"))
        #expect(document.lines[1].isLazy)
        #expect(kinds("> quote\ncontinued\n\nnext\n") == ["quote@1-2", "p@1-2", "p@4-4"])
        #expect(kinds("- [a](u) wrapped\nonto next line\n") == ["list@1-2", "item@1-2", "p@1-2"])
    }

    @Test func lazyLinesBelongToTheirContainers() {
        // The llms.txt summary rules read a block quote's line span, lazy lines included.
        let document = MarkdownDocument(SourceText("# T\n\n> one\ntwo\n\n- [a](u)\nlazy\n"))
        #expect(document.blocks[1].kind == .blockQuote)
        #expect(document.blocks[1].lines == 2..<4)
        let item = document.blocks.firstIndex { if case .listItem = $0.kind { true } else { false } }
        #expect(item.map { document.blocks[$0].lines } == 5..<7)
    }

    @Test func paragraphInterruptionRules() {
        #expect(kinds("text\n2. not a list\n") == ["p@1-2"])
        #expect(kinds("text\n- a list\n") == ["p@1-1", "list@2-2", "item@2-2", "p@2-2"])
        #expect(kinds("text\n---\n") == ["setext2@1-2"])
        #expect(kinds("\n---\n") == ["hr@2-2"])
    }

    @Test func htmlBlocks() {
        #expect(kinds("<!-- a\nb -->\ntext\n") == ["html2@1-2", "p@3-3"])
        #expect(kinds("<div>\nx\n\ny\n") == ["html6@1-2", "p@4-4"])
        #expect(kinds("<!DOCTYPE html>\n<html>\n") == ["html4@1-1", "html6@2-2"])
    }

    @Test func crlfAndBOM() {
        #expect(kinds("\u{FEFF}# T\r\n\r\n> s\r\n") == ["h1@1-1", "quote@3-3", "p@3-3"])
        #expect(kinds("# T\r## U\r") == ["h1@1-1", "h2@2-2"])
    }

    @Test func deepNestingStaysBounded() {
        let quotes = String(repeating: ">", count: 10_000) + " x\n"
        let document = MarkdownDocument(SourceText(quotes))
        #expect(document.blocks.count <= BlockScanner.maximumDepth + 1)
        let lists = String(repeating: "- ", count: 10_000) + "x\n" + String(repeating: "  ", count: 200) + "y\n"
        let nested = MarkdownDocument(SourceText(lists))
        #expect(nested.blocks.count <= 2 * BlockScanner.maximumDepth + 2)
        let deepLines = String(repeating: String(repeating: "> ", count: 100) + "x\n", count: 5_000)
        #expect(MarkdownDocument(SourceText(deepLines)).lines.count == 5_000)
    }

    @Test func inlineLinks() {
        let text = "- [Guide](https://x.dev/a_(b).md \"T\"): notes `[no](code)` ![i](img.png)"
        let bytes = Array(text.utf8)
        let links = MarkdownInline.links(bytes, in: 0..<bytes.count)
        #expect(links.count == 2)
        #expect(String(decoding: bytes[links[0].destinationRange], as: UTF8.self) == "https://x.dev/a_(b).md")
        #expect(links[0].titleRange.map { String(decoding: bytes[$0], as: UTF8.self) } == "T")
        #expect(links[1].isImage)
        let adversarial = Array(String(repeating: "- [a](", count: 20_000).utf8)
        #expect(MarkdownInline.links(adversarial, in: 0..<adversarial.count).isEmpty)
        let nestedParens = Array((String(repeating: "[a](", count: 20_000) + String(repeating: "x", count: 1000)).utf8)
        #expect(MarkdownInline.links(nestedParens, in: 0..<nestedParens.count).isEmpty)
    }

    @Test func codeSpans() {
        let bytes = Array("a `b` ``c`d`` `unclosed".utf8)
        let spans = MarkdownInline.codeSpans(bytes, in: 0..<bytes.count)
        #expect(spans.map { String(decoding: bytes[$0], as: UTF8.self) } == ["`b`", "``c`d``"])
    }
}
