import Foundation
import RulesmithLint
import RulesmithText
import Testing
@testable import RulesmithKit

/// The on-disk workspace reader: files, folders, missing paths and links leaving the root.
struct FileSystemWorkspaceTests {
    @Test func answersEntriesAndReadsFiles() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("docs/guide.md", "# Guide\n")
        try tree.link("linked.md", to: "docs/guide.md")
        try tree.link("dangling.md", to: "nowhere.md")
        let outside = try TemporaryTree()
        defer { outside.remove() }
        try outside.write("secret.md", "secret\n")
        try tree.link("escape.md", to: outside.root + "/secret.md")
        let workspace = FileSystemWorkspace(root: tree.root, homeDirectory: outside.root)
        #expect(workspace.entry(at: "docs/guide.md") == .file)
        #expect(workspace.entry(at: "./docs/../docs/guide.md") == .file)
        #expect(workspace.entry(at: "docs") == .directory)
        #expect(workspace.entry(at: "docs/missing.md") == .missing)
        #expect(workspace.entry(at: "linked.md") == .file)
        #expect(workspace.entry(at: "dangling.md") == .missing)
        #expect(workspace.entry(at: "escape.md") == .outside)
        #expect(workspace.entry(at: "../etc/passwd") == .outside)
        #expect(workspace.read("docs/guide.md") == Array("# Guide\n".utf8))
        #expect(workspace.read("escape.md") == nil)
        #expect(workspace.read("docs") == nil)
        #expect(workspace.entry(at: outside.root + "/secret.md") == .file)
    }

    @Test func anUnreadableFileReadsAsNil() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("AGENTS.md", "# Agents\n")
        try tree.setPermissions("AGENTS.md", 0o000)
        let workspace = FileSystemWorkspace(root: tree.root)
        let bytes = AsUnprivilegedUser.run { workspace.read("AGENTS.md") }
        #expect(bytes == nil)
        #expect(workspace.entry(at: "AGENTS.md") == .file)
    }

    @Test func checksLinksAndImportsOfARealRepository() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("AGENTS.md", "# Agents\n")
        try tree.write("CLAUDE.md", "@AGENTS.md\n@docs/missing.md\n\nSee [guide](docs/guide.md).\n")
        let workspace = FileSystemWorkspace(root: tree.root)
        let scan = try WorkspaceScanner(root: tree.root).discover()
        let documents = try scan.map { file in
            LintDocument(path: file.path, kind: file.kind, source: SourceText(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file.absolutePath)))), workspace: workspace)
        }
        let diagnostics = Linter().lint(documents).flatMap { $0 }.filter { $0.ruleID == "RF003" }
        #expect(diagnostics.map(\.start.line).sorted() == [2, 4])
    }
}
