/// LT070: the file is larger than 100 KB.
struct FileTooLargeRule: Rule {
    /// llms-txt-kit's threshold: 100 KB of 1,024 bytes.
    static let limit = 100 * 1024

    let description = RuleDescription(
        id: "LT070", name: "file-too-large",
        summary: "The file is larger than 100 KB",
        rationale: """
        An llms.txt is an index a model reads whole before it decides what to fetch; the proposal \
        keeps it short and moves long text into the linked pages (or an `llms-full.txt`). Past \
        100 KB (llms-txt-kit's threshold) it crowds the context window it is meant to save. The \
        reference parser accepts any size. The finding starts at the first byte past the limit.
        """,
        kinds: [.llmsTxt], tags: ["size"], defaultSeverity: .warning,
        triggering: [Example(Self.oversizedExample)],
        nonTriggering: [
            Example(LLMSTxtExample.valid),
            Example(LLMSTxtExample.head + "## Docs\n\n" + String(repeating: "- [Guide](https://x.dev/guide.md): setup\n", count: 2_000)),
        ]
    )

    /// A file just over the limit, with the marker at the first byte past it.
    static var oversizedExample: String {
        let item = "- [Guide](https://x.dev/guide.md): setup\n"
        var text = LLMSTxtExample.head + "## Docs\n\n"
        while text.utf8.count + item.utf8.count <= limit { text += item }
        text += String(repeating: "x", count: limit - text.utf8.count)
        return text + Example.marker + "tail\n"
    }

    func check(_ document: LintDocument) -> [Finding] {
        let count = document.source.bytes.count
        guard count > Self.limit else { return [] }
        let kilobytes = (count + 1023) / 1024
        return [Finding(
            range: Self.limit..<count,
            message: "the file is \(kilobytes) KB (\(count) bytes); keep an llms.txt under 100 KB and move long text into the linked pages")]
    }
}
