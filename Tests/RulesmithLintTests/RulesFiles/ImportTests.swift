import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithLint

/// `@import` recognition (Claude Code's rules), resolution and the RF003/RF008 checks.
struct ImportTests {
    private func imports(_ text: String) -> [ImportReference] {
        let source = SourceText(text)
        return ImportScanner.imports(in: source, markdown: MarkdownDocument(source))
    }

    @Test func findsImportsAtWordStartsOutsideCode() {
        let text = """
            @AGENTS.md
            See @docs/guide.md, then @./local.md. Mail a@b.md; ping @alice.
            Install @mysten/sui and `@ignored.md`.
            > @quoted/notes.md
            - @~/personal.md and @../up.md

            ```
            @fenced.md
            ```
                @indented.md
            """
        let found = imports(text)
        #expect(found.map(\.path) == ["AGENTS.md", "docs/guide.md", "./local.md", "alice", "mysten/sui", "quoted/notes.md", "~/personal.md", "../up.md"])
        #expect(found.filter(\.isFilePath).map(\.path) == ["AGENTS.md", "docs/guide.md", "./local.md", "quoted/notes.md", "~/personal.md", "../up.md"])
        #expect(SourceText(text).string(found[1].range) == "@docs/guide.md")
    }

    @Test func unescapesSpacesAndSkipsFrontmatter() {
        let text = "---\npaths: [\"@x.md\"]\n---\n@my\\ notes.md\n"
        let source = SourceText(text)
        let found = ImportScanner.imports(in: source, markdown: MarkdownDocument(source), bodyStart: Frontmatter(source).bodyStart)
        #expect(found.map(\.path) == ["my notes.md"])
    }

    @Test func resolvesRelativeToTheImportingFile() {
        let reference = ImportReference(path: "../shared/rules.md", range: 0..<1, isFilePath: true)
        #expect(reference.resolved(from: "web/CLAUDE.md", homeDirectory: nil) == "shared/rules.md")
        #expect(reference.resolved(from: "CLAUDE.md", homeDirectory: nil) == nil)
        let home = ImportReference(path: "~/.claude/mine.md", range: 0..<1, isFilePath: true)
        #expect(home.resolved(from: "CLAUDE.md", homeDirectory: "/home/ana") == "/home/ana/.claude/mine.md")
        #expect(home.resolved(from: "CLAUDE.md", homeDirectory: nil) == nil)
        #expect(ImportReference(path: "/etc/x.md", range: 0..<1, isFilePath: true).resolved(from: "CLAUDE.md", homeDirectory: nil) == nil)
    }

    private func lint(_ text: String, path: String = "CLAUDE.md", files: [String: String], home: String? = nil) -> [Diagnostic] {
        var all = files
        all[path] = text
        let workspace = InMemoryWorkspace(files: all, homeDirectory: home)
        let document = LintDocument(path: path, kind: FileKind.classify(path) ?? .claudeMd, source: SourceText(text), workspace: workspace)
        return Linter().lint(document).filter { ["RF003", "RF008"].contains($0.ruleID) }
    }

    @Test func checksHomeImportsWhenTheHomeIsKnown() {
        let files = ["home/ana/.claude/present.md": "x\n"]
        let found = lint("@~/.claude/present.md\n@~/.claude/missing.md\n", files: files, home: "/home/ana")
        #expect(found.map(\.start.line) == [2])
        #expect(lint("@~/.claude/missing.md\n", files: [:]).isEmpty)
    }

    @Test func reportsFolderImportsAsDoubtful() {
        let found = lint("@docs\n@docs/\n@./docs\n", files: ["docs/a.md": "x"])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("names a folder") == true)
        #expect(found.first?.severity == .warning)
    }

    @Test func reportsCyclesAndDepthOncePerRootImport() {
        let files = ["a.md": "@b.md\n", "b.md": "@a.md\n@c.md\n", "c.md": "@CLAUDE.md\n"]
        let found = lint("@a.md\n", files: files)
        #expect(found.map(\.ruleID) == ["RF008"])
        #expect(found.first?.message == "import cycle a.md → b.md → a.md; the chain loads nothing new, so drop the import that points back")
        var chain: [String: String] = [:]
        for level in 1...7 { chain["l\(level).md"] = "@l\(level + 1).md\n" }
        chain["l8.md"] = "end\n"
        let deep = lint("@l1.md\n", path: "docs/CLAUDE.md", files: chain.reduce(into: [:]) { $0["docs/" + $1.key] = $1.value })
        #expect(deep.count == 1)
        #expect(deep.first?.severity == .error)
        #expect(deep.first?.message.contains("docs/CLAUDE.md → docs/l1.md → docs/l2.md → docs/l3.md → docs/l4.md → docs/l5.md → docs/l6.md is 6 hops deep") == true)
    }

    @Test func staysBoundedOnAHugeImportFanOut() {
        var files: [String: String] = [:]
        for index in 0..<400 { files["f\(index).md"] = (0..<400).map { "@f\($0).md" }.joined(separator: " ") + "\n" }
        let found = lint("@f0.md\n", files: files)
        #expect(found.allSatisfy { $0.ruleID == "RF008" })
    }
}
