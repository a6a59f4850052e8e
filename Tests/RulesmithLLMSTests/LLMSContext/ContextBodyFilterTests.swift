import Testing
@testable import RulesmithLLMS

/// The reference tool's drop rules: whole-line comments and inline base64 images.
struct ContextBodyFilterTests {
    static func filtered(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: ContextBodyFilter.filtered(bytes) ?? bytes, as: UTF8.self)
    }

    @Test func dropsOneLineCommentsAndInlineImages() {
        let text = """
        # Page
        <!-- generated -->
        Keep <!-- inline --> this.
          <!-- indented: kept, as the reference keeps it -->
        <p><img alt="x" src="data:image/png;base64,AAAA"></p>
        <img src="https://x.dev/a.png">
        <!-- multi
        line -->
        end

        """
        #expect(Self.filtered(text) == """
        # Page
        Keep <!-- inline --> this.
          <!-- indented: kept, as the reference keeps it -->
        <img src="https://x.dev/a.png">
        <!-- multi
        line -->
        end

        """)
    }

    @Test func unchangedTextIsNotCopied() {
        #expect(ContextBodyFilter.filtered(Array("# a\nb\n".utf8)) == nil)
    }

    @Test func imageMatchNeedsTheClosingQuoteAndBracket() {
        #expect(Self.filtered("<img src=\"data:image/png\nnext") == "<img src=\"data:image/png\nnext")
        #expect(Self.filtered("<img src=\"data:image/png\" x\nnext") == "<img src=\"data:image/png\" x\nnext")
        #expect(Self.filtered("a <img src=\"data:image/png;x>y\" > b\r\nnext") == "next")
        #expect(Self.filtered("<img alt=x> src=\"data:image/png\">\nnext") == "<img alt=x> src=\"data:image/png\">\nnext")
    }
}
