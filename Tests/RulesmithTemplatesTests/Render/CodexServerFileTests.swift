import Foundation
import RulesmithTestSupport
import Testing
@testable import RulesmithTemplates

/// The `.codex/config.toml` merge: rulesmith's `[mcp_servers.<name>]` tables go in, out or are
/// replaced; every other table, key, comment and byte stays; secrets travel by variable name.
struct CodexServerFileTests {
    static let ours = Array("""
        {
          "docs": {
            "command": "npx",
            "args": ["-y", "@acme/docs-mcp@1.2.3"],
            "env": {"DOCS_TOKEN": "${DOCS_TOKEN}", "MODE": "fast"}
          }
        }

        """.utf8)

    static let userFile = """
        # my Codex settings
        model = "o3"

        [features]
        hooks = true

        [mcp_servers.local-db]
        command = "pg-mcp"   # the local database
        args = ["--port", "5432"]

        # profiles come last
        [profiles.fast]
        model = "o4-mini"

        """

    static func merge(_ file: String?, owned: [String] = [], body: [UInt8] = ours) throws -> String {
        String(decoding: try MCPServerFile.replacing(in: file.map { Array($0.utf8) }, path: ".codex/config.toml", owned: owned, with: body), as: UTF8.self)
    }

    @Test func addingGoesAfterTheUsersServersAndKeepsEveryOtherByte() throws {
        let merged = try Self.merge(Self.userFile)
        #expect(merged == """
            # my Codex settings
            model = "o3"

            [features]
            hooks = true

            [mcp_servers.local-db]
            command = "pg-mcp"   # the local database
            args = ["--port", "5432"]

            [mcp_servers.docs]
            command = "npx"
            args = ["-y", "@acme/docs-mcp@1.2.3"]
            env = { DOCS_TOKEN = "${DOCS_TOKEN}", MODE = "fast" }

            # profiles come last
            [profiles.fast]
            model = "o4-mini"

            """)
        let region = String(decoding: try MCPServerFile.region(of: Array(merged.utf8), path: ".codex/config.toml", owned: ["docs"]), as: UTF8.self)
        #expect(region.contains("\"command\": \"npx\""), "\(region)")
        #expect(try MCPServerFile.serverNames(in: Array(merged.utf8), path: ".codex/config.toml") == ["local-db", "docs"])
    }

    @Test func replacingAndRemovingGiveBackTheUsersFileByteForByte() throws {
        let merged = try Self.merge(Self.userFile)
        let again = try Self.merge(merged, owned: ["docs"])
        #expect(again == merged, "the same servers change no byte")
        let upgraded = try Self.merge(merged, owned: ["docs"], body: Array(String(decoding: Self.ours, as: UTF8.self).replacingOccurrences(of: "1.2.3", with: "2.0.0").utf8))
        #expect(upgraded == merged.replacingOccurrences(of: "1.2.3", with: "2.0.0"))
        #expect(try Self.merge(merged, owned: ["docs"], body: Array("{}".utf8)) == Self.userFile)
    }

    @Test func aServerWithSubTablesIsReplacedWhole() throws {
        let file = "[mcp_servers.docs]\ncommand = \"old\"\n\n[mcp_servers.docs.env]\nA = \"1\"\n\n[other]\nx = 1\n"
        let merged = try Self.merge(file, owned: ["docs"])
        #expect(merged == "[mcp_servers.docs]\ncommand = \"npx\"\nargs = [\"-y\", \"@acme/docs-mcp@1.2.3\"]\nenv = { DOCS_TOKEN = \"${DOCS_TOKEN}\", MODE = \"fast\" }\n\n[other]\nx = 1\n")
    }

    @Test func aNewFileHoldsOnlyOurTables() throws {
        #expect(try Self.merge(nil) == "[mcp_servers.docs]\ncommand = \"npx\"\nargs = [\"-y\", \"@acme/docs-mcp@1.2.3\"]\nenv = { DOCS_TOKEN = \"${DOCS_TOKEN}\", MODE = \"fast\" }\n")
    }

    @Test func badTOMLIsAProblemNamingTheLine() {
        #expect(throws: MCPServerFile.Problem.self) { try Self.merge("[mcp_servers.docs\ncommand = 1\n") }
        do {
            _ = try MCPServerFile.region(of: Array("a = \n".utf8), path: ".codex/config.toml", owned: ["docs"])
            Issue.record("expected a problem")
        } catch {
            #expect(error.message.contains("not valid TOML at line 1"), "\(error.message)")
        }
    }

    @Test func secretsTravelByVariableNameNeverInterpolated() {
        var unmapped: [String] = []
        let server = Array("""
            {"type": "http", "url": "https://mcp.example.com", "headers": {"Authorization": "Bearer ${API_TOKEN}", "X-Team": "${TEAM_ID}", "X-Plain": "yes"},
             "env": {"KEY": "${KEY}", "OTHER": "${SOMETHING_ELSE}", "LEVEL": "debug"}}
            """.utf8)
        let codex = String(decoding: CodexServerShape.codex(server, unmapped: &unmapped), as: UTF8.self)
        #expect(!codex.contains("\"type\""))
        #expect(codex.contains("\"bearer_token_env_var\": \"API_TOKEN\""), "\(codex)")
        #expect(codex.contains("\"env_http_headers\": {\n    \"X-Team\": \"TEAM_ID\""), "\(codex)")
        #expect(codex.contains("\"http_headers\": {\n    \"X-Plain\": \"yes\""), "\(codex)")
        #expect(codex.contains("\"env_vars\": [\n    \"KEY\""), "\(codex)")
        #expect(unmapped == ["OTHER"])
        let back = String(decoding: CodexServerShape.stack(Array(codex.utf8)), as: UTF8.self)
        #expect(back.contains("\"Authorization\": \"Bearer ${API_TOKEN}\""), "\(back)")
        #expect(back.contains("\"KEY\": \"${KEY}\""), "\(back)")
    }

    @Test func theMCPTargetWritesCodexTablesForTheAgentsTarget() throws {
        var stack = TemplateStack(id: "demo", title: "Demo", description: "d", category: "language", rules: [], file: [], sourcePath: "demo")
        stack.documents[MCPServerTemplates.fileName] = Array("{\"mcpServers\": {\"docs\": {\"command\": \"npx\", \"env\": {\"DOCS_TOKEN\": \"${DOCS_TOKEN}\"}}}}".utf8)
        let files = try TargetRenderer.render(RenderInput(chain: [stack], targets: ["agents", "mcp"]))
        let codex = try #require(files.first { $0.path == ".codex/config.toml" })
        #expect(String(decoding: codex.contents, as: UTF8.self) == "[mcp_servers.docs]\ncommand = \"npx\"\nenv_vars = [\"DOCS_TOKEN\"]\n")
        #expect(files.contains { $0.path == ".mcp.json" })
    }

    @Test(.enabled(if: SharedCorpus.isPresent, "needs ../shared/corpus"))
    func addingToTheCorpusConfigsKeepsEveryByteAndRemovingRestoresThem() throws {
        let root = try #require(SharedCorpus.folder("agents"))
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.path.hasSuffix(".codex/config.toml") else { continue }
            count += 1
            let original = try String(contentsOf: url, encoding: .utf8)
            let merged = try Self.merge(original)
            let names = try MCPServerFile.serverNames(in: Array(merged.utf8), path: ".codex/config.toml")
            #expect(names.last == "docs" || names.contains("docs"), "\(url.path)")
            let removed = try Self.merge(merged, owned: ["docs"], body: Array("{}".utf8))
            let normalised = original.hasSuffix("\n") ? original : original + "\n"
            #expect(removed == normalised || removed == original, "\(url.path)")
            let userServers = try MCPServerFile.serverNames(in: Array(original.utf8), path: ".codex/config.toml")
            #expect(Array(names.filter { $0 != "docs" }) == userServers, "\(url.path)")
        }
        #expect(count > 0)
    }
}

/// Which skills folders the `skills` target writes with the Cursor, Gemini and Kiro targets: each
/// its own (only secondary sources name them, none a shared folder those editors read).
struct SkillsFoldersTests {
    static func paths(_ targets: [String]) throws -> Set<String> {
        var stack = TemplateStack(id: "demo", title: "Demo", description: "d", category: "language", rules: [], file: [], sourcePath: "demo")
        stack.skills = [SkillTemplate(name: "release", files: ["SKILL.md": Array("---\nname: release\n---\n".utf8)])]
        return Set(try TargetRenderer.render(RenderInput(chain: [stack], targets: targets)).filter { $0.target == "skills" }.map(\.path))
    }

    @Test func cursorGeminiAndKiroGetTheirOwnFolder() throws {
        #expect(try Self.paths(["cursor", "gemini", "kiro", "skills"]) == [
            ".cursor/skills/release/SKILL.md", ".gemini/skills/release/SKILL.md", ".kiro/skills/release/SKILL.md",
        ])
        #expect(try Self.paths(["cursorrules", "agents", "skills"]) == [".agents/skills/release/SKILL.md", ".cursor/skills/release/SKILL.md"])
        #expect(try Self.paths(["gemini"]).isEmpty, "without the skills target nothing is copied")
        #expect(try Self.paths(["windsurf", "skills"]) == [".agents/skills/release/SKILL.md"])
    }
}
