import RulesmithEditors
import RulesmithText
import Testing
@testable import RulesmithTemplates

/// The pure checks behind the write and delete boundary: what names git's folder, which paths
/// a target can write (all a lockfile may name), the generated marker, overlay folders and
/// branch names that are the same branch.
struct TrustBoundaryPathTests {
    @Test func everySpellingOfGitsFolderIsRecognised() {
        for name in [".git", ".GIT", ".Git", ".git.", ".git ", ".git. .", ".g\u{200C}it", "\u{FEFF}.git", ".git::$INDEX_ALLOCATION", "git~1", "GIT~1"] {
            #expect(GitDirectoryName.matches(name), "\(name.debugDescription)")
        }
        for name in [".github", ".gitignore", "git", ".gitx", "x.git", ".git-blame-ignore-revs", "~git"] {
            #expect(!GitDirectoryName.matches(name), "\(name)")
        }
        #expect(GitDirectoryName.isInside(".git/HEAD"))
        #expect(GitDirectoryName.isInside("vendor/lib/.git/config"), "a submodule's or nested repository's .git")
        #expect(GitDirectoryName.isInside(".GIT/hooks/pre-commit"))
        #expect(!GitDirectoryName.isInside(".github/copilot-instructions.md"))
    }

    @Test func onlyPathsATargetWritesAreGenerated() {
        for path in [
            "AGENTS.md", "app/AGENTS.md", "src/test/CLAUDE.md", "GEMINI.md", "docs/GEMINI.md", "CLAUDE.md", ".cursorrules",
            ".cursor/rules/go-errors.mdc", ".github/copilot-instructions.md", ".github/instructions/go.instructions.md",
            ".windsurf/rules/style.md", ".clinerules/style.md", ".kiro/steering/style.md", "llms.txt",
        ] {
            #expect(TargetCatalogue.generates(path), "\(path)")
        }
        for path in [
            ".git/HEAD", ".git/config", ".git/hooks/pre-commit", ".GIT/config", "sub/.git/AGENTS.md", ".git/AGENTS.md",
            "notes.txt", ".env", "README.md", "app/.cursorrules", "sub/llms.txt", ".cursor/rules/.mdc", ".cursor/rules/a/b.mdc",
            ".cursor/rules/x.md", ".rulesmith.yml", ".rulesmith.lock", ".rulesmith/overlays/x.md", ".rulesmith-state/run.lock",
            "../AGENTS.md", "/AGENTS.md", "a//AGENTS.md", "./AGENTS.md",
        ] {
            #expect(!TargetCatalogue.generates(path), "\(path)")
        }
    }

    /// Every file every renderer writes is one the catalogue says it can write, and carries the
    /// generated marker (what apply asks for before deleting it).
    @Test func everyRenderedPathIsGeneratedAndMarked() throws {
        let chain = [try RenderFixtures.mixedStack()]
        // The skills and mcp targets render a stack's skills and servers (their files carry no
        // header; `skillAndServerPathsAreGenerated` covers them).
        let targets = TargetCatalogue.targets.map(\.name).filter { ![TargetRenderer.llmsTxtTarget, "skills", "mcp"].contains($0) }
        for selection in targets.map({ [$0] }) + [targets, ["agents", "claude"]] {
            let files = try RenderFixtures.render(chain, targets: selection).files
            #expect(!files.isEmpty)
            for file in files {
                #expect(TargetCatalogue.generates(file.path), "\(selection): \(file.path)")
                #expect(TargetCatalogue.target(named: file.target)?.generates(file.path) == true, "\(file.target): \(file.path)")
                #expect(GeneratedMarker.isPresent(in: file.contents), "\(file.path) carries the generated header")
            }
        }
        #expect(try RenderFixtures.render(chain, targets: ["agents"]).files.map(\.path).contains("app/AGENTS.md"), "nesting is exercised")
    }

    /// A skill's files and the MCP files are generated paths; nothing else under `.claude/skills`
    /// or beside the MCP files is, so a crafted lockfile cannot name it.
    @Test func skillAndServerPathsAreGenerated() throws {
        for path in [
            ".claude/skills/release/SKILL.md", ".claude/skills/release/scripts/run.sh", ".agents/skills/a/references/x/y.md",
            ".github/skills/a/SKILL.md", ".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json", ".gemini/settings.json",
            ".kiro/settings/mcp.json", ".codex/config.toml", ".cursor/skills/a/SKILL.md", ".gemini/skills/a/scripts/x.sh",
            ".kiro/skills/a/SKILL.md",
        ] {
            #expect(TargetCatalogue.generates(path), "\(path)")
        }
        for path in [
            ".claude/skills/SKILL.md", ".claude/skills/release", ".claude/skills//SKILL.md", ".claude/skills/a/../../../x",
            ".claude/skills/a/.git/config", ".claude/settings.json", ".claude/skillsx/a/SKILL.md", "app/.mcp.json",
            ".vscode/settings.json", ".cursor/hooks.json", ".codex/hooks.toml", "app/.codex/config.toml", ".cursor/skills/SKILL.md",
        ] {
            #expect(!TargetCatalogue.generates(path), "\(path)")
        }
        var stack = try RenderFixtures.mixedStack()
        stack.skills = [SkillTemplate(name: "release", files: ["SKILL.md": Array("---\nname: release\n---\n".utf8), "scripts/run.sh": Array("echo\n".utf8)], executables: ["scripts/run.sh"])]
        stack.documents[MCPServerTemplates.fileName] = Array("{\"mcpServers\": {\"docs\": {\"command\": \"docs-mcp\"}}}\n".utf8)
        let files = try RenderFixtures.render([stack], targets: ["claude", "agents", "copilot", "cursor", "skills", "mcp"]).files
        let written = files.filter { ["skills", "mcp"].contains($0.target) }
        #expect(Set(written.map(\.path)) == [
            ".claude/skills/release/SKILL.md", ".claude/skills/release/scripts/run.sh", ".agents/skills/release/SKILL.md",
            ".agents/skills/release/scripts/run.sh", ".cursor/skills/release/SKILL.md", ".cursor/skills/release/scripts/run.sh",
            ".mcp.json", ".cursor/mcp.json", ".vscode/mcp.json", ".codex/config.toml",
        ])
        for file in written {
            #expect(TargetCatalogue.target(named: file.target)?.generates(file.path) == true, "\(file.path)")
        }
        #expect(written.first { $0.path.hasSuffix("run.sh") }?.executable == true)
        #expect(written.first { $0.path.hasSuffix("SKILL.md") }?.executable == false)
    }

    @Test func theGeneratedMarkerIsALineOfItsOwn() {
        #expect(GeneratedMarker.isPresent(in: Array("---\nglobs: x\n---\n<!-- Generated by rulesmith from base. -->\n# R\n".utf8)))
        #expect(!GeneratedMarker.isPresent(in: Array("# Notes\n\nThis mentions <!-- Generated by rulesmith --> inline.\n".utf8)))
        #expect(!GeneratedMarker.isPresent(in: Array("# My own notes\n".utf8)))
        #expect(!GeneratedMarker.isPresent(in: []))
    }

    @Test func lockfileEntriesMayNameOnlyGeneratedPaths() {
        func refusal(_ path: String) -> String? {
            let text = """
                {"version":1,"registry":{"revision":1,"source":"b"},"inputs":{},"files":[{"path":"\(path)","target":"agents","blob":"\(GitBlobID.of([]))"}]}
                """
            do {
                _ = try Lockfile.parse(Array(text.utf8), path: ".rulesmith.lock")
                return nil
            } catch {
                return error.description
            }
        }
        for path in [".git/HEAD", ".git/config", ".git/hooks/pre-commit", ".GIT/config", ".Git/index", "vendor/.git/config", "git~1/config"] {
            #expect(refusal(path)?.contains("inside git's own folder") == true, "\(path)")
        }
        for path in ["notes.txt", ".env", "src/main.swift", ".rulesmith.yml"] {
            #expect(refusal(path)?.contains("is not a file any target writes") == true, "\(path)")
        }
        #expect(refusal("AGENTS.md") == nil)
        #expect(refusal("docs/AGENTS.md") == nil)
    }

    @Test func overlaysLiveOnlyInTheOverlayFolder() {
        #expect(OverlayRules.pathProblem(".rulesmith/overlays/house.md") == nil)
        for path in [".git/config", "notes.md", ".env", ".rulesmith/overlays", ".rulesmith/overlays/", ".rulesmith/overlays/.git/config", ".rulesmith/x.md"] {
            #expect(OverlayRules.pathProblem(path) != nil, "\(path)")
        }
    }

    @Test func branchSpellingsOfOneBranchAreTheSame() {
        #expect(SyncBranchName.same("main", "main"))
        #expect(SyncBranchName.same("Main", "main"))
        #expect(SyncBranchName.same("refs/heads/main", "main"))
        #expect(SyncBranchName.same("heads/MAIN", "refs/heads/main"))
        #expect(!SyncBranchName.same("rulesmith/main", "main"))
        #expect(!SyncBranchName.same("main-sync", "main"))
    }
}
