import RulesmithTestSupport
import Testing
@testable import RulesmithLLMS

/// Escaping and CDATA: whatever the text, the element parses and gives the text back.
struct XMLWriterTests {
    static let hostile: [String] = [
        "plain text with > and quotes \" '",
        "</doc></section></project>",
        "<b>bold</b> & <script>alert(1)</script>",
        "ends a CDATA ]]> and again ]]]]>>",
        "]]",
        "]]\u{1}>",
        "&amp; &lt; &#0; &#xFFFE; &bogus;",
        "<![CDATA[ inner ]]>",
        "control \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} characters and \u{FFFE}\u{FFFF} non-characters",
        "tab\tline\r\nbreak\rcarriage",
        "emoji 🧪 and ünïcödé",
        "<!-- a comment --> <?php echo 1; ?> <!DOCTYPE x>",
        "",
    ]

    /// What an XML parser reports for content written from `text`.
    static func expectedContent(_ text: String) -> String {
        var output = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pendingCR = false
        while let scalar = scalars.next() {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { continue }
            }
            switch scalar.value {
            case 0x0D:
                output += "\n"
                pendingCR = true
            case 0x09, 0x0A: output.unicodeScalars.append(scalar)
            case 0..<0x20, 0xFFFE, 0xFFFF: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    @Test(arguments: hostile)
    func contentRoundTrips(_ text: String) {
        var writer = XMLWriter()
        writer.raw("<doc>")
        writer.content(text)
        writer.raw("</doc>")
        let check = XMLCheck.parse(writer.bytes)
        #expect(check.error == nil, "\(String(decoding: writer.bytes, as: UTF8.self))")
        #expect(check.elements.first?.text == Self.expectedContent(text))
    }

    @Test(arguments: hostile)
    func attributeRoundTrips(_ text: String) {
        var writer = XMLWriter()
        writer.raw("<doc")
        writer.attribute("title", text)
        writer.raw("/>")
        let check = XMLCheck.parse(writer.bytes)
        #expect(check.error == nil, "\(String(decoding: writer.bytes, as: UTF8.self))")
        #expect(check.elements.first?.attributes["title"] == Self.expectedContent(text))
    }

    @Test func safeTextIsWrittenVerbatimAndUnsafeTextInCDATA() {
        var plain = XMLWriter()
        plain.content("# Title\n\n> quote and -> arrows")
        #expect(String(decoding: plain.bytes, as: UTF8.self) == "# Title\n\n> quote and -> arrows")
        var code = XMLWriter()
        code.content("if a < b && c]]>d")
        #expect(String(decoding: code.bytes, as: UTF8.self) == "<![CDATA[if a < b && c]]]]><![CDATA[>d]]>")
    }
}
