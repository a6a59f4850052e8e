import Testing
@testable import RulesmithText

/// gitignore semantics: negation, anchoring, folders, `**`, escapes and nested files.
struct GitIgnoreTests {
    private func ignored(_ path: String, _ text: String, directory: Bool = false) -> Bool {
        GitIgnore.isIgnored(path, isDirectory: directory, by: [GitIgnore(text)])
    }

    @Test func unanchoredPatternsMatchAtAnyDepth() {
        #expect(ignored("AGENTS.md", "AGENTS.md"))
        #expect(ignored("a/b/AGENTS.md", "AGENTS.md"))
        #expect(ignored("a/b/x.log", "*.log"))
        #expect(!ignored("a/b/x.md", "*.log"))
    }

    @Test func aSlashAnchorsToTheFile() {
        #expect(ignored("AGENTS.md", "/AGENTS.md"))
        #expect(!ignored("sub/AGENTS.md", "/AGENTS.md"))
        #expect(ignored("docs/x.md", "docs/*.md"))
        #expect(!ignored("a/docs/x.md", "docs/*.md"))
    }

    @Test func trailingSlashMatchesFoldersOnly() {
        #expect(ignored("build", "build/", directory: true))
        #expect(!ignored("build", "build/"))
        #expect(ignored("build/AGENTS.md", "build/"))
        #expect(ignored("x/build/AGENTS.md", "build/"))
    }

    @Test func doubleStars() {
        #expect(ignored("a/b/c/CLAUDE.md", "a/**/CLAUDE.md"))
        #expect(ignored("a/CLAUDE.md", "a/**/CLAUDE.md"))
        #expect(ignored("x/y/CLAUDE.md", "**/CLAUDE.md"))
        #expect(ignored("a/deep/file", "a/**"))
    }

    @Test func negationReincludesUnlessAParentIsExcluded() {
        #expect(!ignored("keep.md", "*.md\n!keep.md"))
        #expect(ignored("other.md", "*.md\n!keep.md"))
        #expect(ignored("vendor/keep.md", "vendor/\n!vendor/keep.md"))
        #expect(!ignored("x.md", "!x.md"))
    }

    @Test func escapesCommentsAndBlanks() {
        #expect(ignored("#file", "\\#file"))
        #expect(!ignored("#file", "#file"))
        #expect(ignored("!important", "\\!important"))
        #expect(ignored("trail", "trail   "))
        #expect(ignored("a b", "a\\ b"))
        #expect(!ignored("x", "\n\n# only comments\n"))
        #expect(ignored("crlf.md", "crlf.md\r\n"))
    }

    @Test func braceIsLiteral() {
        #expect(ignored("{a,b}.md", "{a,b}.md"))
        #expect(!ignored("a.md", "{a,b}.md"))
    }

    @Test func nestedFilesApplyToTheirFolderAndWinOverParents() {
        let root = GitIgnore("*.md\n")
        let nested = GitIgnore("!AGENTS.md\n/local.md\n", base: "pkg")
        #expect(!GitIgnore.isIgnored("pkg/AGENTS.md", isDirectory: false, by: [root, nested]))
        #expect(GitIgnore.isIgnored("other/AGENTS.md", isDirectory: false, by: [root, nested]))
        #expect(GitIgnore.isIgnored("pkg/local.md", isDirectory: false, by: [nested]))
        #expect(!GitIgnore.isIgnored("pkg/sub/local.md", isDirectory: false, by: [nested]))
        #expect(!GitIgnore.isIgnored("local.md", isDirectory: false, by: [nested]))
    }
}
