#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RulesmithEditors
import Testing
@testable import RulesmithKit

/// Discovery on real folders: every kind at the depths editors read, gitignore semantics,
/// ignore globs, and the hostile cases (symlink loops, links out of the root, unreadable folders).
struct WorkspaceScannerTests {
    @Test func findsEveryKindIncludingNestedOnes() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let files: [String: FileKind] = [
            "llms.txt": .llmsTxt,
            "site/public/llms.txt": .llmsTxt,
            ".cursorrules": .cursorrules,
            ".cursor/rules/general.mdc": .cursorMdc,
            ".cursor/rules/web/react.mdc": .cursorMdc,
            "packages/api/.cursor/rules/api.mdc": .cursorMdc,
            "AGENTS.md": .agentsMd,
            "src/api/AGENTS.md": .agentsMd,
            "CLAUDE.md": .claudeMd,
            ".claude/CLAUDE.md": .claudeMd,
            ".claude/rules/testing.md": .claudeRule,
            "web/CLAUDE.md": .claudeMd,
            ".github/copilot-instructions.md": .copilot,
            ".github/instructions/ts.instructions.md": .copilotInstructions,
            ".github/instructions/backend/go.instructions.md": .copilotInstructions,
            ".windsurfrules": .windsurf,
            ".windsurf/rules/style.md": .windsurfRule,
            ".devin/rules/style.md": .windsurfRule,
            ".clinerules/coding.md": .cline,
            "tools/.clinerules": .cline,
            ".kiro/steering/product.md": .kiroSteering,
            "GEMINI.md": .geminiMd,
            "docs/GEMINI.md": .geminiMd,
        ]
        for path in files.keys { try tree.write(path) }
        try tree.write("README.md")
        try tree.write(".cursor/rules/notes.txt")
        try tree.write("docs/guide.md")
        let found = try WorkspaceScanner(root: tree.root).discover()
        #expect(found.map(\.path) == files.keys.sorted())
        for file in found {
            #expect(file.kind == files[file.path])
            #expect(file.absolutePath.hasSuffix("/" + file.path))
            #expect(FileManager.default.fileExists(atPath: file.absolutePath))
        }
    }

    @Test func honoursGitIgnoreNegationAnchoringAndNestedFiles() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(".gitignore", """
            # generated outputs
            build/
            /AGENTS.md
            fixtures/**/CLAUDE.md
            !fixtures/keep/CLAUDE.md
            *.local.md
            \\#odd/
            """)
        try tree.write("AGENTS.md")
        try tree.write("sub/AGENTS.md")
        try tree.write("build/AGENTS.md")
        try tree.write("sub/build/AGENTS.md")
        try tree.write("fixtures/a/CLAUDE.md")
        try tree.write("fixtures/keep/CLAUDE.md")
        try tree.write("CLAUDE.local.md")
        try tree.write("#odd/AGENTS.md")
        try tree.write("pkg/.gitignore", "GEMINI.md\n!/docs/\n")
        try tree.write("pkg/GEMINI.md")
        try tree.write("pkg/deep/GEMINI.md")
        try tree.write("other/GEMINI.md")
        let found = try WorkspaceScanner(root: tree.root).discover().map(\.path)
        #expect(found == ["fixtures/keep/CLAUDE.md", "other/GEMINI.md", "sub/AGENTS.md"])
        let everything = try WorkspaceScanner(root: tree.root, honourGitIgnore: false).discover().map(\.path)
        #expect(everything.count == 11)
    }

    @Test func aFileInsideAnIgnoredFolderCannotBeReincluded() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(".gitignore", "vendor/\n!vendor/AGENTS.md\n")
        try tree.write("vendor/AGENTS.md")
        #expect(try WorkspaceScanner(root: tree.root).discover().isEmpty)
    }

    @Test func honoursGitInfoExclude() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write(".git/info/exclude", "scratch/\n")
        try tree.write(".git/AGENTS.md")
        try tree.write("scratch/AGENTS.md")
        try tree.write("AGENTS.md")
        #expect(try WorkspaceScanner(root: tree.root).discover().map(\.path) == ["AGENTS.md"])
    }

    @Test func honoursInfoExcludeOfAWorktree() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("main.git/info/exclude", "generated/\n")
        try tree.write("main.git/worktrees/wt/commondir", "../..\n")
        try tree.write("wt/.git", "gitdir: \(tree.root)/main.git/worktrees/wt\n")
        try tree.write("wt/generated/AGENTS.md")
        try tree.write("wt/AGENTS.md")
        #expect(try WorkspaceScanner(root: tree.root + "/wt").discover().map(\.path) == ["AGENTS.md"])
    }

    @Test func skipsDefaultFoldersAndIgnoreGlobs() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("node_modules/pkg/AGENTS.md")
        try tree.write(".build/x/CLAUDE.md")
        try tree.write("tests/fixtures/a/AGENTS.md")
        try tree.write("examples/one/CLAUDE.md")
        try tree.write("examples/two/GEMINI.md")
        try tree.write("snapshots/AGENTS.md")
        try tree.write("docs/snapshots/AGENTS.md")
        try tree.write("AGENTS.md")
        let scanner = WorkspaceScanner(root: tree.root, ignoreGlobs: ["tests/fixtures/**", "examples/*/{CLAUDE,GEMINI}.md", "snapshots/"])
        #expect(try scanner.discover().map(\.path) == ["AGENTS.md"])
    }

    @Test func rejectsAMalformedIgnoreGlob() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        #expect(throws: RulesmithError.self) { try WorkspaceScanner(root: tree.root, ignoreGlobs: ["src/{a,b"]).discover() }
    }

    @Test func rejectsARootThatIsNotAFolder() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("AGENTS.md")
        #expect(throws: RulesmithError.self) { try WorkspaceScanner(root: tree.root + "/AGENTS.md").discover() }
        #expect(throws: RulesmithError.self) { try WorkspaceScanner(root: tree.root + "/missing").discover() }
    }

    @Test func survivesASymlinkLoop() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("a/AGENTS.md")
        try tree.link("a/loop", to: "..")
        try tree.link("a/self", to: ".")
        try tree.link("b/c/up", to: "../../a")
        let found = try WorkspaceScanner(root: tree.root).discover().map(\.path)
        #expect(found == ["a/AGENTS.md", "b/c/up/AGENTS.md"])
    }

    @Test func neverFollowsASymlinkOutOfTheRoot() throws {
        let outside = try TemporaryTree()
        defer { outside.remove() }
        try outside.write("AGENTS.md")
        try outside.write("rules/secret.mdc")
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.link("AGENTS.md", to: outside.root + "/AGENTS.md")
        try tree.link(".cursor/rules", to: outside.root + "/rules")
        try tree.link("CLAUDE.md", to: "missing.md")
        try tree.write("shared/general.mdc")
        try tree.link(".cursor2/rules", to: "../shared")
        try tree.link("GEMINI.md", to: "shared/general.mdc")
        let scan = try WorkspaceScanner(root: tree.root).scan()
        #expect(scan.files.map(\.path) == ["GEMINI.md"])
        #expect(scan.skippedLinks == [".cursor/rules", "AGENTS.md", "CLAUDE.md"])
    }

    @Test func followsLinkedFoldersInsideTheRootUnderTheirLinkPath() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("shared/rules/general.mdc")
        try tree.link(".cursor/rules", to: "../shared/rules")
        let found = try WorkspaceScanner(root: tree.root).discover()
        #expect(found.map(\.path) == [".cursor/rules/general.mdc"])
        #expect(found.first?.kind == .cursorMdc)
    }

    @Test func skipsAndRemembersUnreadableFolders() throws {
        let tree = try TemporaryTree()
        defer {
            try? tree.setPermissions("locked", 0o755)
            tree.remove()
        }
        try tree.write("AGENTS.md")
        try tree.write("locked/CLAUDE.md")
        try tree.setPermissions("locked", 0o000)
        let scan = try AsUnprivilegedUser.run { try WorkspaceScanner(root: tree.root).scan() }
        #expect(scan.files.map(\.path) == ["AGENTS.md"])
        #expect(scan.unreadableFolders == ["locked"])
    }

    @Test func listsHugeFilesWithoutReadingThem() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let path = tree.root + "/AGENTS.md"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        #expect(try WorkspaceScanner(root: tree.root).discover().map(\.path) == ["AGENTS.md"])
    }
}

/// Runs a synchronous body with the file-system uid of `nobody` on the current thread when the
/// tests run as root (root reads every folder; permission checks follow the fs uid per thread).
enum AsUnprivilegedUser {
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        #if canImport(Glibc)
        typealias SetFSUID = @convention(c) (UInt32) -> Int32
        guard getuid() == 0, let symbol = dlsym(nil, "setfsuid") else { return try body() }
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        _ = setfsuid(65534)
        defer { _ = setfsuid(0) }
        return try body()
        #else
        return try body()
        #endif
    }
}
