import Foundation
import RulesmithTestSupport
import Testing
@testable import RulesmithText

/// The TOML table-span reader: each table's header and key lines by byte, never fooled by a `[`
/// inside a string, a multi-line string or an array; comments before the next header are left
/// to it. Checked on the corpus's `.codex/config.toml` files too.
struct TOMLTableSpansTests {
    static func text(_ bytes: [UInt8], _ span: TOMLTableSpan) -> String { String(decoding: bytes[span.range], as: UTF8.self) }

    @Test func spansCoverHeaderAndKeysButNotTheNextTablesComments() {
        let bytes = Array("""
            model = "o3"

            [mcp_servers.docs]
            command = "npx"
            args = [
              "[not a header]",
              ["nested"],
            ]
            # belongs to the next table
            [mcp_servers."quoted.name"]
            url = '''
            [still a string]
            '''
            [[hooks.Stop]]
            command = "x" # trailing
            """.utf8)
        let spans = TOMLTableSpans.spans(bytes)
        #expect(spans.map(\.path) == [["mcp_servers", "docs"], ["mcp_servers", "quoted.name"], ["hooks", "Stop"]])
        #expect(spans.map(\.isArray) == [false, false, true])
        #expect(Self.text(bytes, spans[0]).hasPrefix("[mcp_servers.docs]\ncommand"))
        #expect(Self.text(bytes, spans[0]).hasSuffix("  [\"nested\"],\n]\n"))
        #expect(Self.text(bytes, spans[1]).hasSuffix("[still a string]\n'''\n"))
        #expect(Self.text(bytes, spans[2]) == "[[hooks.Stop]]\ncommand = \"x\" # trailing")
    }

    @Test func indentedHeadersAndBareFilesAreRead() {
        let bytes = Array("  [mcp_servers.rider]\n    url = \"http://127.0.0.1:64482/stream\"\n".utf8)
        let spans = TOMLTableSpans.spans(bytes)
        #expect(spans.map(\.path) == [["mcp_servers", "rider"]])
        #expect(spans[0].range == 0..<bytes.count)
        #expect(TOMLTableSpans.spans([]).isEmpty)
        #expect(TOMLTableSpans.spans(Array("a = 1\n".utf8)).isEmpty)
    }

    @Test func hostileInputsEndWithoutACrash() {
        for text in ["[", "[[", "[a.\"b", "a = \"\"\"", "a = [[[[", "a = '''x", "[a]\nb = \"\\", "\u{0}[x]\n"] {
            _ = TOMLTableSpans.spans(Array(text.utf8))
        }
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "needs ../shared/corpus"))
    func theCorpusCodexConfigsSplitIntoTheirTables() throws {
        let root = try #require(SharedCorpus.folder("agents"))
        var files: [URL] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.path.hasSuffix(".codex/config.toml") { files.append(url) }
        }
        #expect(!files.isEmpty)
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let document = try TOMLReader.read(String(decoding: bytes, as: UTF8.self))
            let spans = TOMLTableSpans.spans(bytes)
            let servers = Set(spans.filter { $0.path.first == "mcp_servers" }.map { $0.path[1] })
            #expect(servers == Set(document["mcp_servers"]?.table?.keys ?? []), "\(url.path)")
            for span in spans {
                #expect(Self.text(bytes, span).trimmingCharacters(in: .whitespaces).hasPrefix("["), "\(url.path)")
            }
        }
    }
}
