import RulesmithEditors
import RulesmithText

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
            code blocks are, since the model reads those too. A drive path with every backslash \
            doubled inside a string literal or a code span (`"C:\\\\Users\\\\Name"`) shows how to \
            escape a path in source code and is not reported.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, .paths], defaultSeverity: .warning,
        triggering: [
            Example("Screenshots are in `↓D:\\lightshot`.\n", kind: .agentsMd),
            Example("Run `PYTHONPATH=↓/home/runner/work/app/app python3 main.py`.\n", kind: .copilot),
            Example("Open ↓/Users/ana/src/app/README.md first.\n", kind: .cursorrules),
            Example("Logs go to ↓C:\\\\Users\\\\ana\\\\logs on my machine.\n", kind: .agentsMd),
            Example("Run `cd \"↓C:\\Users\\ana\\app\"` first.\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("See https://example.com/home/docs and file:///Users/x/y for details.\n", kind: .agentsMd),
            Example("Pages live in src/pages/home/ and config in ~/.config/app.\n", kind: .claudeMd),
            Example("Use a:b and http://x.dev/C:/y; the ratio is 3:\\n.\n", kind: .agentsMd),
            Example("Escape backslashes: `path = \"C:\\\\Users\\\\Name\\\\file.txt\"`.\n", kind: .agentsMd),
            Example("```csharp\nvar dir = @\"x\" + 'D:\\\\data\\\\in';\nvar p = \"C:\\\\Program Files\\\\App\";\n```\n", kind: .copilot),
            Example("In JSON write `C:\\\\Users\\\\me\\\\app`.\n", kind: .claudeMd),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText else { return [] }
        let bytes = document.source.bytes
        return LocalPathScanner.paths(in: bytes).filter { !Self.isEscapingExample(bytes, $0) }.map { range in
            let text = document.source.string(range)
            return Finding(
                range: range,
                message: "absolute local path '\(FrontmatterReader.clip(text))'; other checkouts do not have it, so write a path relative to the repository root")
        }
    }

    /// A drive path whose every backslash is doubled (`C:\\Users\\Name`) inside a string literal
    /// or a code span: source code showing how to escape a path, not a path on the author's disk.
    /// Markdown prose would print such a path with single backslashes, so there it is still one.
    static func isEscapingExample(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count > 4, bytes[range.lowerBound + 1] == 0x3A, bytes[range.lowerBound + 2] == 0x5C,
              bytes[range.lowerBound + 3] == 0x5C else { return false }
        var index = range.lowerBound + 2
        while index < range.upperBound {
            if bytes[index] == 0x5C {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x5C else { return false }
                index += 2
            } else {
                index += 1
            }
        }
        if range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x22 || bytes[range.lowerBound - 1] == 0x27 { return true }
        var lineStart = range.lowerBound
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = range.upperBound
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        return MarkdownInline.codeSpans(bytes, in: lineStart..<lineEnd).contains { $0.contains(range.lowerBound) }
    }
}
