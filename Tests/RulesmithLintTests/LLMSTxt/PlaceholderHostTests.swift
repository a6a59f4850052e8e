import RulesmithTestSupport
import Testing
@testable import RulesmithLint

/// LT082's byte reading of link hosts agrees with its `String` reading on every destination.
struct PlaceholderHostTests {
    static let destinations = [
        "https://example.com/docs.md", "https://EXAMPLE.COM/a", "http://www.example.org", "https://docs.example.net:8080/x",
        "https://yoursite.com", "https://Your-Docs.dev/x", "https://{{host}}/x", "https://a.{{b}}.c", "https://example.co/x",
        "https://example.company/x", "https://notexample.com/x", "https://a.b.example.com?q=1", "https://example.com#top",
        "ftp://domain.com", "https://website.com.evil.dev", "example.com/no-scheme", "https://", "://example.com",
        "https://x:/example.com", "https://.example.com", "https://example..com", "https://com", "https://mysite.com.",
        "https://a.mydomain.com/", "https://yo", "https://YOUR", "mailto:someone@example.com", "https://über.example.com/x",
        "https://exämple.com", "https://e\u{301}xample.com", "a://b://example.com",
    ]

    @Test(arguments: destinations)
    func byteReadingMatchesTheStringReading(_ destination: String) {
        #expect(
            UnfilledTemplateRule.isPlaceholderLink(ArraySlice(destination.utf8))
                == UnfilledTemplateRule.isPlaceholderLink(destination))
    }

    @Test func generatedHostsAgree() {
        var generator = SplitMix64(seed: 82)
        let pieces = ["example", "com", "org", "your", "site", "www", "docs", ".", ".", "{", "}", ":", "/", "?", "#", "Y", "E", "x"]
        for _ in 0..<3_000 {
            let host = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let destination = "https://" + host + "/path"
            #expect(
                UnfilledTemplateRule.isPlaceholderLink(ArraySlice(destination.utf8))
                    == UnfilledTemplateRule.isPlaceholderLink(destination), "\(destination)")
        }
    }
}
