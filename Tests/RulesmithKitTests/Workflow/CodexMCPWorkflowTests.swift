import Foundation
import RulesmithKit
import RulesmithTemplates
import Testing

/// The `mcp` target's Codex tables (`.codex/config.toml`, for the `agents` target) through init,
/// apply, status, check and adopt in a real git repository: only rulesmith's `[mcp_servers.*]`
/// tables are owned, every other byte of the user's file stays.
struct CodexMCPWorkflowTests {
    static let config = ".codex/config.toml"
    static let userFile = """
        # Codex settings
        model = "o3"

        [mcp_servers.local-db]
        command = "pg-mcp"
        args = ["--port", "5432"]

        [profiles.fast]
        model = "o4-mini"

        """

    static func fixture(userFile: String = CodexMCPWorkflowTests.userFile) throws -> WorkflowFixture {
        let fixture = try MCPWorkflowTests.fixture(userFile: nil)
        try fixture.writeFile(config, userFile)
        return fixture
    }

    @Test func initMergesOurTableAndASecondApplyChangesNothing() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        let merged = try fixture.read(Self.config)
        #expect(merged == """
            # Codex settings
            model = "o3"

            [mcp_servers.local-db]
            command = "pg-mcp"
            args = ["--port", "5432"]

            [mcp_servers.docs]
            command = "npx"
            args = ["-y", "@acme/docs-mcp@1.2.3"]

            [profiles.fast]
            model = "o4-mini"

            """, "\(merged)")
        let lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: ".rulesmith.lock")
        #expect(lock.entry(for: Self.config)?.servers == ["docs"])
        #expect(try fixture.states()[Self.config] == "up-to-date")
        try fixture.commitAll("init")
        let before = try fixture.snapshot()
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.snapshot() == before, "a second apply changes no byte")
        // Dropping the target gives the user's file back byte for byte.
        try fixture.writeFile(".rulesmith.yml", try fixture.read(".rulesmith.yml").replacingOccurrences(of: "targets: [agents, mcp]", with: "targets: [agents]"))
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.read(Self.config) == Self.userFile)
    }

    @Test func aUserTableWithOurNameIsAConflict() throws {
        let taken = Self.userFile + "\n[mcp_servers.docs]\ncommand = \"my-own-docs\"\n"
        let fixture = try Self.fixture(userFile: taken)
        try fixture.bootstrap(targets: ["agents", "mcp"])
        let result = try fixture.apply()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("'docs'"), "\(result.output)")
        #expect(try fixture.read(Self.config) == taken)
    }

    @Test func anEditOfOurTableIsDriftThatAdoptKeeps() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "claude", "mcp"])
        try fixture.commitAll("init")
        let edited = try fixture.read(Self.config).replacingOccurrences(
            of: "args = [\"-y\", \"@acme/docs-mcp@1.2.3\"]\n", with: "args = [\"-y\", \"@acme/docs-mcp@1.2.3\"]\nenv_vars = [\"DOCS_TOKEN\"]\n")
        try fixture.writeFile(Self.config, edited)
        #expect(try fixture.states()[Self.config] == "edited")
        let check = try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry)
        #expect(check.needsAttention)
        let outcome = try Adoption.run(directory: fixture.repository, file: Self.config, registry: fixture.registry)
        #expect(outcome.overlays.map(\.path) == [".rulesmith/overlays/mcp/docs.json"], "\(outcome.text())")
        // The overlay keeps the stack's shape: the JSON clients get the variable as a reference.
        #expect(try fixture.read(".rulesmith/overlays/mcp/docs.json").contains("\"DOCS_TOKEN\": \"${DOCS_TOKEN}\""))
        #expect(try fixture.read(Self.config) == edited)
        #expect(try fixture.read(".mcp.json").contains("\"DOCS_TOKEN\": \"${DOCS_TOKEN}\""))
        #expect(!(try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry)).needsAttention)
        try fixture.commitAll("adopt")
        let before = try fixture.snapshot(includeGit: false)
        #expect(try fixture.apply().exitCode == 0)
        #expect(try fixture.snapshot(includeGit: false) == before)
    }

    @Test func badTOMLIsNamedAndLeftAlone() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        try fixture.commitAll("init")
        let broken = "[mcp_servers.docs\ncommand = \"npx\"\n"
        try fixture.writeFile(Self.config, broken)
        let result = try fixture.apply()
        #expect(result.output.contains(Self.config) && result.output.contains("not valid TOML at line 1"), "\(result.output)")
        #expect(try fixture.read(Self.config) == broken)
    }
}
