import RulesmithEditors

/// RF003: a relative Markdown link or an `@import` whose target is not in the repository.
struct BrokenReferenceRule: Rule {
    let description = RuleDescription(
        id: "RF003", name: "broken-relative-reference",
        summary: "A relative link or @import points at a file that does not exist",
        rationale: """
            Rules files send the model to other files: Markdown links to guides, and Claude Code's \
            @path imports, which it resolves relative to the importing file and silently skips when \
            missing. A moved or deleted target leaves the model following a dead end or, for an \
            import, without instructions the author counted on. Links are checked against the \
            repository, not the network; code spans and code blocks, URLs with a scheme, mailto: \
            and #anchors are ignored. An @token counts as an import when it is clearly a path \
            (./, ../, ~/ or a document extension such as .md), not an npm scope like @scope/pkg. \
            Brackets followed by a parenthesised word that cannot name a file (no dot, slash or #, \
            and either non-ASCII text or a task checkbox: `[x](チェックマーク)`, `[ ](todo)`) are \
            prose, not links.
            """,
        kinds: FileKind.rulesFiles, tags: [.rulesFiles, .links, .structure], defaultSeverity: .warning,
        triggering: [
            Example("See the [guide](↓./docs/missing.md).\n", kind: .agentsMd, files: ["docs/guide.md": "# Guide\n"]),
            Example("# Project\n\n↓@docs/missing.md\n", kind: .claudeMd, files: ["docs/guide.md": "# Guide\n"]),
            Example("See [tests](↓../tests/README.md).\n", kind: .claudeMd, path: "web/CLAUDE.md", files: ["web/tests/README.md": "x"]),
            Example("See [the build](↓Makefile) and [x](↓docs/手順.md).\n", kind: .agentsMd),
        ],
        nonTriggering: [
            Example("See the [guide](docs/guide.md#setup) and [site](https://example.com/x.md).\n", kind: .agentsMd, files: ["docs/guide.md": "# Guide\n"]),
            Example("@AGENTS.md\n\nUse `[x](missing.md)` and `@missing.md` in code.\n", kind: .claudeMd, files: ["AGENTS.md": "# Agents\n"]),
            Example("Install @mysten/sui and ping @alice; mail a@b.md.\n", kind: .claudeMd),
            Example("```\n@missing.md\n[x](missing.md)\n```\n", kind: .claudeMd),
            Example("- [x](チェックマーク) は完了、[ ](空欄) は未完了を表します。\n", kind: .agentsMd),
            Example("Mark done items [x](done) and open ones [ ](todo); [参考](说明) 见下文。\n", kind: .claudeMd),
            Example("Статус [x](готово) ставится вручную.\n", kind: .cursorrules),
        ])

    func check(_ document: LintDocument) -> [Finding] { FindingSink.collect { check(document, into: &$0) } }

    func check(_ document: LintDocument, into findings: inout FindingSink) {
        guard let workspace = document.workspace, document.isReadableRulesText else { return }
        // A file that links one target a million times asks the file system once; the cache is
        // bounded, so a million distinct targets cost no more memory than a few thousand.
        var entries: [String: WorkspaceEntry] = [:]
        func entry(_ path: String) -> WorkspaceEntry {
            if let known = entries[path] { return known }
            if entries.count >= 4096 { entries.removeAll(keepingCapacity: true) }
            let found = workspace.entry(at: path)
            entries[path] = found
            return found
        }
        RelativeLink.forEach(in: document) { link in
            guard entry(link.path) == .missing else { return }
            findings.report(
                range: link.range,
                message: "link target '\(link.destination)' does not exist; expected a file at \(link.path)")
        }
        for reference in document.analysis(DocumentImports.self).imports where reference.isFilePath {
            guard let path = reference.resolved(from: document.resolutionPath, homeDirectory: workspace.homeDirectory) else { continue }
            switch workspace.entry(at: path) {
            case .missing:
                findings.append(Finding(
                    range: reference.range,
                    message: "import '@\(reference.path)' not found; expected a file at \(path), which Claude Code skips silently",
                    severity: .error))
            case .directory:
                findings.append(Finding(
                    range: reference.range,
                    message: "import '@\(reference.path)' names a folder; Claude Code imports files, so it most likely loads nothing (unconfirmed)"))
            case .file, .outside:
                break
            }
        }
    }
}
