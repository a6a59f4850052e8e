import RulesmithEditors

/// RF004: a path that only exists on the author's machine (`/Users/…`, `/home/…`, `C:\…`).
struct AbsoluteLocalPathRule: Rule {
    let description = RuleDescription(
        id: "RF004", name: "absolute-local-path",
        summary: "An absolute path from one machine (/Users/…, /home/…, C:\\…)",
        rationale: """
            Absolute paths such as /Users/ana/src/app, /home/runner/work/app or D:\\tools name one \
            person's (or one CI runner's) disk. Every other checkout lacks them, so the model is \
            told to look in places that do not exist, and the path leaks a user name. Write paths \
            relative to the repository root instead. Paths inside URLs are not reported; paths in \
            code blocks are, since the model reads those too.
            """,
        kinds: FileKind.rulesFiles, tags: ["rules-files", "paths"], defaultSeverity: .warning,
        triggering: [
            Example("Screenshots are in `↓D:\\lightshot`.\n", kind: .agentsMd),
            Example("Run `PYTHONPATH=↓/home/runner/work/app/app python3 main.py`.\n", kind: .copilot),
            Example("Open ↓/Users/ana/src/app/README.md first.\n", kind: .cursorrules),
        ],
        nonTriggering: [
            Example("See https://example.com/home/docs and file:///Users/x/y for details.\n", kind: .agentsMd),
            Example("Pages live in src/pages/home/ and config in ~/.config/app.\n", kind: .claudeMd),
            Example("Use a:b and http://x.dev/C:/y; the ratio is 3:\\n.\n", kind: .agentsMd),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        return LocalPathScanner.paths(in: document.source.bytes).map { range in
            let text = document.source.string(range)
            return Finding(
                range: range,
                message: "absolute local path '\(FrontmatterReader.clip(text))'; other checkouts do not have it, so write a path relative to the repository root")
        }
    }
}
