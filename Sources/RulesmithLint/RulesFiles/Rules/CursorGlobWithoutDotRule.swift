/// MDC008: a Cursor glob such as `*ts` or `**/*md` that almost certainly lost the dot of `*.ts`.
struct CursorGlobWithoutDotRule: Rule {
    /// File extensions common enough in rules globs that `*ext` without a dot reads as a typo.
    static let extensions: Set<String> = [
        "ts", "tsx", "js", "jsx", "mjs", "cjs", "md", "mdc", "mdx", "py", "go", "rs", "rb", "java", "kt", "kts",
        "swift", "cs", "cpp", "cc", "hpp", "php", "vue", "svelte", "css", "scss", "sass", "less", "html", "htm",
        "json", "jsonc", "yml", "yaml", "toml", "xml", "sql", "sh", "bash", "zsh", "ps1", "txt", "lua", "dart",
        "ex", "exs", "erl", "scala", "clj", "tf", "proto", "graphql", "gql", "astro", "ipynb",
    ]

    let description = RuleDescription(
        id: "MDC008", name: "mdc-glob-without-dot",
        summary: "A glob such as *ts or **/*md that most likely lost the dot of *.ts",
        rationale: """
            In `globs`, `*ts` matches every file whose name ends in the letters `ts` (`hosts`, \
            `artifacts`, `charts`), not only TypeScript files, so the rule is attached to far \
            more files than meant and its instructions crowd the context. A star followed directly \
            by a common file extension is almost always `*.ts` with the dot lost; write the dot. \
            A pattern that means a name ending (`*-test.ts`, `*Spec`) is not reported.
            """,
        kinds: [.cursorMdc], tags: [.cursor, .frontmatter, .globs], defaultSeverity: .warning,
        triggering: [
            Example("---\nglobs: ↓*ts\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: src/**/↓*tsx,docs/↓*md\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: [\"**/↓*py\", \"**/*.toml\"]\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: ↓*{ts,tsx}\n---\nBody\n", kind: .cursorMdc),
        ],
        nonTriggering: [
            Example("---\nglobs: **/*.ts,**/*.tsx\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: src/*-test.ts,*Spec,*_test.go,Makefile\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: [\"*.md\", \"docs/*\"]\n---\nBody\n", kind: .cursorMdc),
            Example("---\nglobs: **/*hosts,*.{ts,tsx}\n---\nBody\n", kind: .cursorMdc),
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.isReadableRulesText, let entry = document.analysis(Frontmatter.self).entry("globs") else { return [] }
        var findings: [Finding] = []
        for pattern in FrontmatterGlobs.patterns(of: entry.value, in: document.source) {
            guard let (offset, suggestion) = Self.lostDot(pattern.text) else { continue }
            var range = pattern.range
            if pattern.isExact {
                let lower = pattern.range.lowerBound + offset
                range = lower..<pattern.range.upperBound
            }
            findings.append(Finding(
                range: range,
                message: "globs: '\(pattern.text)' matches every file whose name merely ends in those letters, not only that file type; write '\(suggestion)'"))
        }
        return findings
    }

    /// The byte offset of the last segment's `*` and the pattern with the dot restored, when the
    /// last segment is `*ext` or `*{ext,ext}` and every `ext` is a common file extension.
    static func lostDot(_ pattern: String) -> (offset: Int, suggestion: String)? {
        let bytes = Array(pattern.utf8)
        let segmentStart = (bytes.lastIndex(of: 0x2F).map { $0 + 1 }) ?? 0
        let segment = bytes[segmentStart...]
        guard segment.first == 0x2A, segment.count > 1 else { return nil }
        var rest = String(decoding: segment.dropFirst(), as: UTF8.self)
        var braced = false
        if rest.hasPrefix("{"), rest.hasSuffix("}") {
            rest = String(rest.dropFirst().dropLast())
            braced = true
        }
        let names = rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !names.isEmpty, names.allSatisfy({ extensions.contains($0) }) else { return nil }
        let head = String(decoding: bytes[..<(segmentStart + 1)], as: UTF8.self)
        let tail = braced ? "{" + rest + "}" : rest
        return (segmentStart, head + "." + tail)
    }
}
