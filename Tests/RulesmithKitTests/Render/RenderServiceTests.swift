import Foundation
import RulesmithKit
import RulesmithRegistry
import Testing

/// Rendering from a real registry in a temporary folder, seeded with the built-in templates.
struct RenderServiceTests {
    static func registry(_ scratch: TemporaryDirectory) throws -> RegistryService {
        try RegistryService.open(explicitPath: scratch.path + "/registry.sqlite")
    }

    @Test func rendersAStackWithItsChainFromTheRegistry() throws {
        let scratch = try TemporaryDirectory()
        let service = try Self.registry(scratch)
        let report = try RenderService.report(
            stacks: ["go"], targets: ["agents", "claude", "cursor"], variables: ["project_name": "Acme"], registry: service.registry)
        let agents = try #require(report.files.first { $0.path == "AGENTS.md" })
        #expect(agents.rules.first?.hasPrefix("base/") == true)
        #expect(agents.rules.contains("go/go-errors"))
        #expect(String(decoding: agents.contents, as: UTF8.self).contains("# Working agreement for Acme"))
        #expect(report.files.contains { $0.path == ".cursor/rules/go-errors.mdc" })
        #expect(report.files.first { $0.path == "CLAUDE.md" }.map { String(decoding: $0.contents, as: UTF8.self).hasSuffix("\n@AGENTS.md\n") } == true)
        #expect(try RenderService.render(stacks: ["go"], targets: ["agents", "claude", "cursor"], variables: ["project_name": "Acme"], registry: service.registry) == report.files)
    }

    @Test func errorsNameTheStackTargetOrVariable() throws {
        let scratch = try TemporaryDirectory()
        let service = try Self.registry(scratch)
        #expect(throws: RulesmithError.self) { try RenderService.render(stacks: ["nope"], targets: ["agents"], registry: service.registry) }
        do {
            _ = try RenderService.render(stacks: ["nope"], targets: ["agents"], registry: service.registry)
        } catch {
            #expect(error.message == "unknown stack 'nope'; `rulesmith registry list` shows the stacks" && error.exitCode == 2)
        }
        do {
            _ = try RenderService.render(stacks: ["go"], targets: ["agents"], registry: service.registry)
            Issue.record("expected a missing variable")
        } catch {
            #expect(error.message.contains("variable 'project_name' of stack 'base'") && error.exitCode == 2)
        }
        do {
            _ = try RenderService.render(stacks: ["go"], targets: ["vscode"], variables: ["project_name": "x"], registry: service.registry)
            Issue.record("expected an unknown target")
        } catch {
            #expect(error.message.contains("unknown target 'vscode'"))
        }
    }

    @Test func rendersTheStacksAsARevisionLeftThem() throws {
        let scratch = try TemporaryDirectory()
        let service = try Self.registry(scratch)
        let first = try #require(try service.registry.latestRevision())
        try scratch.write("team/Templates/team/stack.yml", """
            id: team
            title: Team
            description: Our team's rules.
            category: base
            extends: [go]
            """)
        try scratch.write("team/Templates/team/team-review.md", "---\ndescription: Review\nalwaysApply: true\n---\n# Team review\n\n- Two approvals.\n")
        _ = try service.importDirectory(scratch.path + "/team", options: ImportOptions())
        let files = try RenderService.render(stacks: ["team"], targets: ["cursor"], variables: ["project_name": "Acme"], registry: service.registry)
        #expect(files.contains { $0.path == ".cursor/rules/team-review.mdc" })
        #expect(files.contains { $0.path == ".cursor/rules/go-errors.mdc" })
        do {
            _ = try RenderService.render(stacks: ["team"], targets: ["cursor"], registry: service.registry, revision: first)
            Issue.record("team did not exist at revision \(first)")
        } catch {
            #expect(error.message == "unknown stack 'team' at revision \(first); `rulesmith registry list` shows the stacks")
        }
    }

    @Test func commandArgumentsBecomeTargetsAndVariables() throws {
        #expect(try CommandValues.targets(["agents"], lists: ["cursor, claude", "agents"]) == ["agents", "cursor", "claude"])
        #expect(try CommandValues.targets([], lists: ["all"]) == ["cursor", "cursorrules", "agents", "claude", "copilot", "windsurf", "cline", "kiro", "claude-rules", "gemini", "skills", "mcp"])
        #expect(throws: RulesmithError.self) { try CommandValues.targets(["vscode"], lists: []) }
        #expect(throws: RulesmithError.self) { try CommandValues.targets([], lists: []) }
        #expect(try CommandValues.variables(["project_name=Acme Corp", "test_command=make test=all", "project_name=Acme"]) == [
            "project_name": "Acme", "test_command": "make test=all",
        ])
        #expect(throws: RulesmithError.self) { try CommandValues.variables(["project_name"]) }
        #expect(throws: RulesmithError.self) { try CommandValues.variables(["1x=y"]) }
    }

    @Test func theCommandPrintsEachFileUnderAHeaderOrAsJSON() throws {
        let scratch = try TemporaryDirectory()
        let registry = scratch.path + "/registry.sqlite"
        let text = try RenderCommands.render(
            registry: registry, stacks: ["go"], targets: ["claude"], targetLists: ["agents"], variables: ["project_name=Acme"],
            revision: nil)
        #expect(text.text().hasPrefix("==> AGENTS.md (agents) <==\n<!-- Generated by rulesmith from base, go."))
        #expect(text.text().contains("\n\n==> CLAUDE.md (claude) <==\n<!-- Generated by rulesmith from base, go."))
        // No note; the always-on size of each editor (the whole templates: render reads no repository).
        #expect(text.noteLines().hasPrefix("rulesmith: always-on: agents: AGENTS.md "), "\(text.noteLines())")
        #expect(text.noteLines().contains("\nrulesmith: always-on: claude: CLAUDE.md + AGENTS.md "), "\(text.noteLines())")
        #expect(!text.noteLines().contains("note:"))
        let json = try RenderCommands.render(
            registry: registry, stacks: ["go"], targets: ["cursorrules", "llms-txt"], targetLists: [], variables: ["project_name=Acme"],
            revision: nil).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == [".cursorrules"])
        #expect(files.first?["kind"] as? String == "cursorrules")
        #expect((files.first?["contents"] as? String)?.contains("# Go workflow") == true)
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.contains { $0["target"] as? String == "llms-txt" })
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/AGENTS.md"), "render writes nothing")
    }
}
