import Foundation
import RulesmithTestSupport
import Testing
@testable import RulesmithKit

/// `llms ctx` end to end on real files and a real loopback HTTP server.
struct LLMSContextServiceTests {
    static func run(_ llms: String, in folder: TemporaryDirectory, _ configure: (inout LLMSContextRequest) -> Void = { _ in }) throws -> (LLMSContextOutcome, XMLCheck) {
        let path = try folder.write("site/llms.txt", llms)
        var request = LLMSContextRequest()
        request.path = path
        configure(&request)
        let outcome = try LLMSContextService.run(request)
        let check = XMLCheck.parse(outcome.output.bytes)
        #expect(check.error == nil, "\(check.error ?? ""): \(outcome.output.text)")
        return (outcome, check)
    }

    static func docs(_ check: XMLCheck) -> [String: XMLCheck.Element] {
        Dictionary(check.elements(named: "doc").map { ($0.attributes["title"] ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func httpFailuresAreReportedPerEntryWhileTheOthersSucceed() throws {
        let big = String(repeating: "x", count: 5000)
        let server = try LoopbackServer { path in
            switch path {
            case "/ok.md": return .text("# OK\n\nfine & <dandy>\n")
            case "/missing.md": return .text("no", status: 404, type: "text/html")
            case "/slow.md":
                var reply = LoopbackServer.Reply.text("late")
                reply.delay = 5
                return reply
            case "/big.md": return .text(big)
            case "/big-stream.md":
                var reply = LoopbackServer.Reply.text(big)
                reply.streamed = true
                return reply
            case "/loop": return LoopbackServer.Reply(status: 302, headers: [("Location", "/loop")])
            case "/page.html": return .text("<html><body>page</body></html>", type: "text/html")
            case "/page.html.md": return .text("# Page\n\nThe Markdown copy.\n")
            case "/spa/": return .text("<html>app</html>", type: "text/html")
            case "/spa/index.html.md", "/spa/index.md": return .text("<html>app shell</html>", type: "text/html; charset=utf-8")
            case "/v2/page.md": return .text("# v2 copy\n")
            case "/v2/page.html": return .text("<html>v2</html>", type: "text/html")
            case "/broken": return .text("boom", status: 500, type: "text/plain")
            case "/latin1.md": return LoopbackServer.Reply(body: [0x63, 0x61, 0x66, 0xE9])
            default: return .text("not here", status: 404)
            }
        }
        defer { server.stop() }
        try LoopbackServer.withRefusingPort { refused in try checkFailureKinds(server, refused: refused) }
    }

    func checkFailureKinds(_ server: LoopbackServer, refused: UInt16) throws {
        let base = server.baseURL
        let folder = try TemporaryDirectory()
        let llms = """
        # Loopback

        > Every failure kind.

        ## Docs

        - [ok](\(base)ok.md): fine
        - [missing](\(base)missing.md)
        - [slow](\(base)slow.md)
        - [big](\(base)big.md)
        - [big-stream](\(base)big-stream.md)
        - [loop](\(base)loop)
        - [page](\(base)page.html)
        - [spa](\(base)spa/)
        - [v2](\(base)v2/page.html)
        - [broken](\(base)broken)
        - [latin1](\(base)latin1.md)
        - [refused](http://127.0.0.1:\(refused)/x.md)
        - [ok again](\(base)ok.md)

        """
        let (outcome, check) = try Self.run(llms, in: folder) { request in
            request.fetch = true
            request.timeout = 1
            request.maxBytes = 1000
            request.jobs = 4
        }
        let docs = Self.docs(check)
        #expect(docs["ok"]?.attributes["error"] == nil)
        #expect(docs["ok"]?.text == "\n# OK\n\nfine & <dandy>\n")
        #expect(docs["ok again"]?.text == docs["ok"]?.text)
        #expect(docs["missing"]?.attributes["error"] == "not-found")
        #expect(docs["missing"]?.attributes["status"] == "404")
        #expect(docs["missing"]?.text == "HTTP 404 from \(base)missing.md")
        #expect(docs["slow"]?.attributes["error"] == "timeout")
        #expect(docs["big"]?.attributes["error"] == "too-large")
        #expect(docs["big-stream"]?.attributes["error"] == "too-large")
        #expect(docs["loop"]?.attributes["error"] == "redirect-loop")
        #expect(docs["page"]?.attributes["error"] == nil)
        #expect(docs["page"]?.attributes["fetched"] == "\(base)page.html.md")
        #expect(docs["page"]?.text.contains("The Markdown copy.") == true)
        #expect(docs["spa"]?.attributes["fetched"] == nil, "an HTML answer for index.md is not a Markdown copy")
        #expect(docs["spa"]?.text.contains("<html>app</html>") == true)
        #expect(docs["v2"]?.attributes["fetched"] == "\(base)v2/page.md")
        #expect(docs["broken"]?.attributes["error"] == "http-error")
        #expect(docs["broken"]?.attributes["status"] == "500")
        #expect(docs["latin1"]?.attributes["error"] == "not-utf8")
        #expect(docs["refused"]?.attributes["error"] == "read-error")
        #expect(outcome.output.documents == 13)
        #expect(outcome.output.failures.count == 8)
        #expect(server.requests.filter { $0 == "/ok.md" }.count == 1, "duplicate URLs are fetched once")
    }

    @Test func profileV1TriesOnlyTheHTMLMDCopy() throws {
        let server = try LoopbackServer { path in
            path == "/v2/page.md" ? .text("# v2 copy\n") : path == "/v2/page.html" ? .text("<p>html</p>", type: "text/html") : .text("", status: 404)
        }
        defer { server.stop() }
        let folder = try TemporaryDirectory()
        let (_, check) = try Self.run("# P\n\n## Docs\n\n- [v2](\(server.baseURL)v2/page.html)\n", in: folder) { request in
            request.fetch = true
            request.profile = .v1
        }
        #expect(check.elements(named: "doc").first?.attributes["fetched"] == nil)
        #expect(server.requests == ["/v2/page.html.md", "/v2/page.html"])
    }

    @Test func withoutFetchWebLinksAreReportedNotRead() throws {
        let folder = try TemporaryDirectory()
        try folder.write("site/a.md", "# A\n")
        let (outcome, check) = try Self.run("# P\n\n> S\n\n## Docs\n\n- [web](https://example.invalid/a.md)\n- [local](a.md)\n", in: folder)
        let docs = Self.docs(check)
        #expect(docs["web"]?.attributes["error"] == "fetch-off")
        #expect(docs["web"]?.text == "not fetched: https://example.invalid/a.md is on the web and fetching is off (use <fetch>)")
        #expect(docs["local"]?.text == "\n# A\n")
        #expect(outcome.output.failures.map(\.kind) == [.fetchDisabled])
    }

    @Test func localFilesStayInsideTheirTree() throws {
        let folder = try TemporaryDirectory()
        try folder.write("site/a.md", "# A\n")
        try folder.write("site/sub/index.md", "# Sub index\n")
        try folder.write("site/empty/.keep", "")
        try folder.write("site/big.md", String(repeating: "y", count: 200))
        try folder.write("site/bin.md", Data([0xFF, 0xFE, 0x00]))
        try folder.write("outside.md", "# Outside\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/site/escape.md", withDestinationPath: folder.path + "/outside.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/site/inner.md", withDestinationPath: "a.md")
        try folder.write("elsewhere/x.md", "# X\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/site/linked", withDestinationPath: folder.path + "/elsewhere")
        #expect(mkfifo(folder.path + "/site/pipe.md", 0o644) == 0)
        let llms = """
        # Local

        ## Docs

        - [a](a.md)
        - [sub](sub/)
        - [sub-no-slash](sub)
        - [empty](empty/)
        - [big](big.md)
        - [bin](bin.md)
        - [missing](missing.md)
        - [up](../outside.md)
        - [escape](escape.md)
        - [inner](inner.md)
        - [rooted](/a.md)
        - [linked](linked/x.md)
        - [pipe](pipe.md)

        """
        let (_, check) = try Self.run(llms, in: folder) { $0.maxBytes = 100 }
        let docs = Self.docs(check)
        #expect(docs["a"]?.attributes["error"] == nil)
        #expect(docs["sub"]?.text == "\n# Sub index\n")
        #expect(docs["sub"]?.attributes["fetched"] == "sub/index.md")
        #expect(docs["sub-no-slash"]?.text == "\n# Sub index\n")
        #expect(docs["empty"]?.attributes["error"] == "not-found")
        #expect(docs["big"]?.attributes["error"] == "too-large")
        #expect(docs["bin"]?.attributes["error"] == "not-utf8")
        #expect(docs["missing"]?.attributes["error"] == "not-found")
        #expect(docs["missing"]?.text == "no such file: missing.md")
        #expect(docs["up"]?.attributes["error"] == "outside-root")
        #expect(docs["escape"]?.attributes["error"] == "outside-root")
        #expect(docs["inner"]?.text == "\n# A\n")
        #expect(docs["rooted"]?.text == "\n# A\n")
        #expect(docs["linked"]?.attributes["error"] == "outside-root")
        #expect(docs["pipe"]?.attributes["error"] == "read-error", "a FIFO is refused, not waited on")

        let (_, wider) = try Self.run(llms, in: folder) { $0.root = folder.path }
        let widerDocs = Self.docs(wider)
        #expect(widerDocs["up"]?.text == "\n# Outside\n")
        #expect(widerDocs["escape"]?.text == "\n# Outside\n")
        #expect(widerDocs["rooted"]?.attributes["error"] == "not-found", "'/' links start at --root")
    }

    @Test func outputIsWrittenAtomically() throws {
        let folder = try TemporaryDirectory()
        try folder.write("site/a.md", "# A\n")
        let destination = folder.path + "/out/llms-ctx.txt"
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        try folder.write("out/llms-ctx.txt", "old")
        let (outcome, _) = try Self.run("# P\n\n## Docs\n\n- [a](a.md)\n", in: folder) { $0.output = destination }
        #expect(outcome.writtenTo == destination)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: destination))) == outcome.output.bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out") == ["llms-ctx.txt"])
    }

    @Test func badInputIsOneLineError() throws {
        let folder = try TemporaryDirectory()
        try folder.write("bad/llms.txt", Data([0x23, 0x20, 0xC3, 0x28]))
        var request = LLMSContextRequest()
        for (path, expected) in [
            (folder.path + "/nope/llms.txt", "no such file"), (folder.path + "/bad/llms.txt", "not UTF-8 (bad byte at offset 2)"),
            (folder.path + "/bad", "is a directory"),
        ] {
            request.path = path
            #expect {
                try LLMSContextService.run(request)
            } throws: { error in
                let message = (error as? RulesmithError)?.message ?? ""
                return message.contains(expected) && !message.contains("\n")
            }
        }
        request.path = folder.path + "/bad/llms.txt"
        request.baseURL = "ftp://x"
        #expect(throws: RulesmithError.self) { try LLMSContextService.run(request) }
    }
}
