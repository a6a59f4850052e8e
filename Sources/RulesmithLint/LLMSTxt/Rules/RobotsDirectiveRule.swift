import RulesmithText

/// LT081: robots.txt directives (`User-agent:`, `Disallow:` …) in the file.
struct RobotsDirectiveRule: Rule {
    private static let directives = ["user-agent:", "disallow:", "allow:", "sitemap:", "crawl-delay:"]

    let description = RuleDescription(
        id: "LT081", name: "robots-txt-directives",
        summary: "Lines that are robots.txt directives",
        rationale: """
        llms.txt is not a crawler policy: no consumer honours `User-agent:` or `Disallow:` in it, \
        and the lines reach the model as noise (the reference parser accepts them as details \
        text). Crawl rules belong in `/robots.txt`; llms.txt lists documentation links. One \
        finding is reported per run of consecutive directive lines.
        """,
        kinds: [.llmsTxt], tags: ["content"], defaultSeverity: .warning,
        triggering: [
            Example(LLMSTxtExample.head + "↓User-agent: *\nDisallow: /private/\nAllow: /docs/\n\n↓Sitemap: https://x.dev/sitemap.xml\n"),
            Example("↓user-agent: GPTBot\ndisallow: /\n"),
        ],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "Crawlers may read everything; see robots.txt for the User-agent: rules.\n"),
            Example(LLMSTxtExample.head + "```text\nUser-agent: *\nDisallow: /\n```\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        let structure = document.llmsTxt
        guard structure.hasLayout else { return [] }
        let source = document.source
        let markdown = structure.markdown
        var findings: [Finding] = []
        var runStart: Int?
        var runEnd = 0
        for line in markdown.lines.indices {
            let isDirective = Self.mayStartDirective(source.bytes, markdown.lines[line].contentStart)
                && !markdown.isCodeLine(line) && !markdown.lines[line].isBlank
                && Self.directives.contains { ByteClass.hasPrefix(source.bytes, at: markdown.lines[line].contentStart, $0, caseInsensitive: true) }
            if isDirective {
                if runStart == nil { runStart = markdown.lines[line].contentStart }
                runEnd = source.contentRange(ofLine: line).upperBound
                continue
            }
            if let start = runStart { findings.append(finding(source, start..<runEnd)) }
            runStart = nil
        }
        if let start = runStart { findings.append(finding(source, start..<runEnd)) }
        return findings
    }

    /// The first letters of `directives`: most lines fail here, before any comparison.
    private static func mayStartDirective(_ bytes: [UInt8], _ offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        switch bytes[offset] | 0x20 {
        case 0x61, 0x63, 0x64, 0x73, 0x75: return true // a, c, d, s, u
        default: return false
        }
    }

    private func finding(_ source: SourceText, _ range: Range<Int>) -> Finding {
        let first = range.lowerBound..<min(range.upperBound, source.lineEnd(at: range.lowerBound))
        return Finding(
            range: range,
            message: "robots.txt directive \(Excerpt.quote(source, first)); crawl rules belong in /robots.txt, and llms.txt consumers ignore them")
    }
}
