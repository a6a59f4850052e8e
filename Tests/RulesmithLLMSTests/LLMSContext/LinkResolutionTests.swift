import RulesmithText
import Testing
@testable import RulesmithLLMS

/// URL references, link resolution and confinement, and `.md` variants.
struct LinkResolutionTests {
    @Test(arguments: [
        // RFC 3986 §5.4.1 normal examples against http://a/b/c/d;p?q
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("#s", "http://a/b/c/d;p?q#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("g.", "http://a/b/c/g."), ("g..", "http://a/b/c/g.."), ("./../g", "http://a/b/g"), ("g/../h", "http://a/b/c/h"),
    ])
    func resolvesAsRFC3986(_ reference: String, _ expected: String) {
        let base = URLReference("http://a/b/c/d;p?q")
        #expect(URLReference(reference).resolved(against: base).text == expected)
    }

    @Test func percentCoding() {
        #expect(URLReference.percentDecoded("My%20Doc%C3%A9.md") == "My Docé.md")
        #expect(URLReference.percentDecoded("bad%FF") == nil)
        #expect(URLReference.percentDecoded("100%") == "100%")
        #expect(URLReference.percentEncodedUnsafe("https://x.dev/a b/é?q=\"1\"") == "https://x.dev/a%20b/%C3%A9?q=%221%22")
    }

    @Test func localLinksResolveInsideTheTree() {
        let resolver = LinkResolver(directory: "/site/docs", root: "/site")
        #expect(resolver.resolve("guide.md").target == .file("/site/docs/guide.md"))
        #expect(resolver.resolve("./a/../b.md#part").target == .file("/site/docs/b.md"))
        #expect(resolver.resolve("/api/x.md?v=1").target == .file("/site/api/x.md"))
        #expect(resolver.resolve("../README.md").target == .file("/site/README.md"))
        #expect(resolver.resolve("sub/").target == .file("/site/docs/sub/"))
        #expect(resolver.resolve("My%20Doc.md").target == .file("/site/docs/My Doc.md"))
        for outside in ["../../etc/passwd", "/../../etc/passwd", "../../site2/x.md"] {
            guard case .unusable(let failure) = resolver.resolve(outside).target else {
                Issue.record("\(outside) resolved")
                continue
            }
            #expect(failure.kind == .outsideRoot)
        }
    }

    @Test(arguments: ["a/b.md", "a//b.md", "./a.md", "a/./b", "a/../b", "...x/y", "a/..", "x/", "é/ü.md", ".hidden/x", "a/b."])
    func fastPathAgreesWithNormalisation(_ path: String) {
        let resolver = LinkResolver(directory: "/site/docs", root: "/")
        guard case .file(let resolved) = resolver.resolve(path).target else {
            Issue.record("\(path) did not resolve")
            return
        }
        let expected = "/" + PathSyntax.normalize("/site/docs/" + path)
        #expect(resolved == expected || resolved == expected + "/")
        #expect(LinkResolver.isPlain(path) == (!path.isEmpty && PathSyntax.normalize(path) == path))
    }

    @Test func schemesAndBases() {
        let local = LinkResolver(directory: "/site")
        #expect(local.resolve("https://x.dev/a.md#top").target == .web("https://x.dev/a.md"))
        #expect(local.resolve(" HTTP://x.dev/a b.md ").target == .web("http://x.dev/a%20b.md"))
        for (link, kind) in [("mailto:a@b.c", DocumentFailure.Kind.unsupportedScheme), ("//cdn.x.dev/a.md", .unsupportedScheme),
                             ("https:///nohost", .unsupportedScheme), ("", .notFound), ("file:///etc/passwd", .unsupportedScheme)] {
            guard case .unusable(let failure) = local.resolve(link).target else {
                Issue.record("\(link) resolved")
                continue
            }
            #expect(failure.kind == kind)
        }
        let web = LinkResolver(directory: "/site", baseURL: "http://127.0.0.1:8080/docs/llms.txt")
        #expect(web.resolve("guide.md").target == .web("http://127.0.0.1:8080/docs/guide.md"))
        #expect(web.resolve("/guide/").target == .web("http://127.0.0.1:8080/guide/"))
        #expect(web.resolve("//cdn.x.dev/a.md").target == .web("http://cdn.x.dev/a.md"))
        let stdin = LinkResolver(directory: nil)
        guard case .unusable(let failure) = stdin.resolve("a.md").target else {
            Issue.record("resolved without a folder")
            return
        }
        #expect(failure.kind == .unsupportedScheme)
    }

    @Test func markdownVariants() {
        #expect(MarkdownVariants.candidates(for: "https://x.dev/docs/page.html", profile: .v1) == ["https://x.dev/docs/page.html.md"])
        #expect(MarkdownVariants.candidates(for: "https://x.dev/docs/page.html", profile: .v2) == ["https://x.dev/docs/page.html.md", "https://x.dev/docs/page.md"])
        #expect(MarkdownVariants.candidates(for: "https://x.dev/docs/", profile: .v1) == ["https://x.dev/docs/index.html.md"])
        #expect(MarkdownVariants.candidates(for: "https://x.dev", profile: .v2) == ["https://x.dev/index.html.md", "https://x.dev/index.md"])
        #expect(MarkdownVariants.candidates(for: "https://x.dev/docs/page?lang=en#x", profile: .v2) == ["https://x.dev/docs/page.md?lang=en"])
        #expect(MarkdownVariants.candidates(for: "https://x.dev/docs/page.md", profile: .v2).isEmpty)
        #expect(MarkdownVariants.candidates(for: "https://x.dev/llms.txt", profile: .v2).isEmpty)
        #expect(MarkdownVariants.candidates(for: "https://x.dev/v1.2", profile: .v2).isEmpty)
        #expect(MarkdownVariants.candidates(for: "/local/page.html", profile: .v2).isEmpty)
    }
}
