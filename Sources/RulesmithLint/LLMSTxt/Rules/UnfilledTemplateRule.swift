import Foundation
import RulesmithText

/// LT082: an llms.txt that is still a template: a placeholder title or every link to a placeholder site.
struct UnfilledTemplateRule: Rule {
    /// Titles that templates and generators leave for the author to replace (compared lower-cased,
    /// without brackets, braces or angle brackets around them).
    static let placeholderTitles: Set<String> = [
        "project name", "your project", "your project name", "my project", "project title", "site name",
        "your site", "your site name", "website name", "your website", "company name", "your company",
        "product name", "your product", "app name", "your app", "library name", "title", "name", "your title",
    ]

    /// Hosts that only ever stand for "your site here" (a `www.` or any subdomain counts too).
    static let placeholderHosts: Set<String> = [
        "example.com", "example.org", "example.net", "yoursite.com", "your-site.com", "yourdomain.com",
        "your-domain.com", "yourwebsite.com", "your-website.com", "mysite.com", "mydomain.com", "yourcompany.com",
        "yourproject.com", "yourapp.com", "domain.com", "website.com",
    ]

    let description = RuleDescription(
        id: "LT082", name: "unfilled-template",
        summary: "The file is an unfilled template (a placeholder title, or every link to example.com-style sites)",
        rationale: """
        A starter llms.txt copied from a template or a generator's sample and published as is \
        (`# Project Name`, links to `https://yoursite.com/docs.md` or `example.com`) tells a model \
        nothing true about the project and sends it to pages that do not exist. Replace the title \
        with the project's name and the links with its documentation. Reported once per file, at \
        the title when it is a placeholder, else at the first link.
        """,
        kinds: [.llmsTxt], tags: [.content, .title], defaultSeverity: .warning,
        // The example test's variants: it judges the whole title, which a prefix changes.
        traits: [.noPrefixVariant],
        triggering: [
            Example("# ↓Project Name\n\n> A short summary.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example("# Acme\n\n> Acme's docs.\n\n## Docs\n\n- [Start](↓https://yoursite.com/start.md)\n- [API](https://www.example.com/api.md)\n"),
            Example("# ↓[Your Project]\n\n## Docs\n\n- [Start](https://docs.example.com/start.md)\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.valid + "- [Sample site](https://example.com/demo.md): what the demo serves\n"),
            Example("# Example\n\n> Example Corp's docs.\n\n## Docs\n\n- [Start](https://example.co/start.md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        if let title = structure.title, Self.isPlaceholderTitle(source.string(title.nameRange)) {
            return [Finding(
                range: title.nameRange,
                message: "title \(Excerpt.quote(source, title.nameRange)) is a template placeholder; write the project's name (and fill in the rest of the template)")]
        }
        // Walked, not filtered into an array: a generated llms.txt has millions of links.
        var firstPlaceholder: Range<Int>?
        let bytes = source.bytes
        for link in structure.itemLinks where !link.destinationRange.isEmpty {
            guard Self.isPlaceholderLink(bytes[link.destinationRange]) else { return [] }
            if firstPlaceholder == nil { firstPlaceholder = link.destinationRange }
        }
        guard let firstRange = firstPlaceholder else { return [] }
        return [Finding(
            range: firstRange,
            message: "every link points at a placeholder site such as \(Excerpt.quote(source, firstRange)): the file is an unfilled template; link the project's own documentation")]
    }

    static func isPlaceholderTitle(_ title: String) -> Bool {
        var text = title.lowercased().trimmingCharacters(in: .whitespaces)
        if text.contains("{{") || text.contains("}}") { return true }
        let wrappers: [(Character, Character)] = [("[", "]"), ("<", ">"), ("{", "}"), ("(", ")")]
        for (open, close) in wrappers where text.first == open && text.last == close && text.count > 2 {
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        text = text.replacingOccurrences(of: "_", with: " ")
        return placeholderTitles.contains(text)
    }

    /// The byte-level reading of `isPlaceholderLink(_: String)` for ASCII destinations (nearly all),
    /// which a generated llms.txt of every link to example.com asks for millions of times: a
    /// Foundation search and a lower-cased `String` per link were a third of such a file's lint.
    static func isPlaceholderLink(_ destination: ArraySlice<UInt8>) -> Bool {
        guard destination.allSatisfy({ $0 < 0x80 }) else {
            return isPlaceholderLink(String(decoding: destination, as: UTF8.self))
        }
        guard let hostStart = PlaceholderHost.start(in: destination) else { return false }
        return PlaceholderHost.isPlaceholder(destination[hostStart...].prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: ":")
        })
    }

    static func isPlaceholderLink(_ destination: String) -> Bool {
        guard let schemeEnd = destination.range(of: "://") else { return false }
        var host = destination[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.contains("{{") || host.hasPrefix("your") { return true }
        while !placeholderHosts.contains(host), let dot = host.firstIndex(of: ".") {
            host = String(host[host.index(after: dot)...])
            guard host.contains(".") else { return false }
        }
        return placeholderHosts.contains(host)
    }
}
