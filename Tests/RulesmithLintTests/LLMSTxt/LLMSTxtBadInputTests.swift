import RulesmithText
import Testing
@testable import RulesmithLint

/// Hostile and unusual input: the llms.txt rules must neither crash nor flood.
struct LLMSTxtBadInputTests {
    static func ids(_ bytes: [UInt8]) -> [String] {
        LLMSTxtFileTests.lint(bytes: bytes).map(\.ruleID)
    }

    static let valid = "# Project\n\n> Summary.\n\nText.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n"

    @Test func emptyAndBlankFiles() {
        #expect(Self.ids([]) == ["LT003"])
        #expect(Self.ids(Array(" \n\t\n\r\n".utf8)) == ["LT003"])
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        var bytes = Array("# Project\n\n> Sum".utf8)
        let offset = bytes.count
        bytes += [0xFF, 0xFE] + Array("mary.\n".utf8)
        let diagnostics = LLMSTxtFileTests.lint(bytes: bytes)
        let lt001 = diagnostics.filter { $0.ruleID == "LT001" }
        #expect(lt001.count == 1)
        #expect(lt001.first?.byteRange.lowerBound == offset)
        #expect(lt001.first?.start == SourcePosition(line: 3, column: 6))
        let latin1: [UInt8] = Array("# Caf".utf8) + [0xE9] + Array("\n\n> R".utf8) + [0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x0A]
        #expect(Self.ids(latin1).contains("LT001"))
    }

    @Test func nulBytesAndUTF16() {
        let utf16 = Array("# Project\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(Self.ids([0xFF, 0xFE] + utf16).first == "LT001")
        #expect(Self.ids(utf16).contains("LT001"))
        // The NULs form a line of their own, which continues the last item.
        // The NULs form a line of their own, which continues the last item; the security scan
        // reports them as control characters too.
        #expect(Self.ids(Array(Self.valid.utf8) + [0, 0, 0]) == ["LT001", "LT045", "SEC006"])
    }

    @Test func anHTMLPageDrawsOneFinding() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>404</title></head>\n<body>\n# Not found\n</body>\n</html>\n"
        #expect(Self.ids(Array(page.utf8)) == ["LT080"])
    }

    @Test func aMegabyteSingleLine() {
        let line = Array(String(repeating: "word ", count: 200_000).utf8)
        let ids = Self.ids(line)
        #expect(ids.contains("LT070"))
        #expect(ids.contains("LT004"))
        let item = Array((Self.valid + "- [Big](https://x.dev/big.md): " + String(repeating: "x", count: 1_000_000) + "\n").utf8)
        #expect(Self.ids(item) == ["LT070"])
    }

    @Test func adversarialLinkLine() {
        let line = String(repeating: "- [a](", count: 20_000)
        _ = Self.ids(Array(line.utf8))
        let inSection = "# T\n\n> S\n\nD\n\n## Docs\n\n" + line + "\n"
        #expect(Self.ids(Array(inSection.utf8)).contains("LT041"))
    }

    @Test func tenThousandLevelsOfNesting() {
        let lists = "# T\n\n> S\n\nD\n\n## Docs\n\n" + String(repeating: "- ", count: 10_000) + "[a](https://x.dev/a.md)\n"
        _ = Self.ids(Array(lists.utf8))
        var indented = "# T\n\n> S\n\nD\n\n## Docs\n\n"
        for depth in 0..<10_000 { indented += String(repeating: " ", count: min(depth * 2, 200)) + "- [a](https://x.dev/a.md)\n" }
        #expect(Self.ids(Array(indented.utf8)).contains("LT044"))
        let quotes = "# T\n\n" + String(repeating: ">", count: 10_000) + " deep\n"
        #expect(Self.ids(Array(quotes.utf8)) == ["LT013"])
    }

    @Test func lineEndingsAndBOM() {
        let crlf = Self.valid.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.ids(Array(crlf.utf8)).isEmpty)
        let cr = Self.valid.replacingOccurrences(of: "\n", with: "\r")
        #expect(Self.ids(Array(cr.utf8)).isEmpty)
        #expect(Self.ids(Array(("\u{FEFF}" + Self.valid).utf8)) == ["LT002"])
        let mixed = "# Project\r\n\n> Summary.\r\rText.\n\r\n## Docs\r- [Guide](https://x.dev/guide.md): setup"
        #expect(Self.ids(Array(mixed.utf8)).isEmpty)
    }
}
