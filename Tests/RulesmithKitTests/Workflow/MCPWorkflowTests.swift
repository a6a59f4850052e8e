import Foundation
import RulesmithKit
import RulesmithRegistry
import RulesmithTemplates
import Testing

/// The `mcp` target through init, status, apply and the hook's drift check: rulesmith owns only
/// the servers it generated; the user's servers, keys and formatting stay byte for byte.
struct MCPWorkflowTests {
    static let servers = """
        {
          "mcpServers": {
            "docs": {
              "command": "npx",
              "args": ["-y", "@acme/docs-mcp@{{docs_version}}"]
            }
          }
        }

        """

    static let stackWithVersion = """
        id: demo
        title: Demo stack
        description: A stack for workflow tests.
        category: language
        extends: [base]
        variables:
          docs_version:
            description: The docs server's version
            default: "1.2.3"

        """

    static let userFile = """
        {
            "theme": "dark",
            "mcpServers": {
                "local-db": {"command": "pg-mcp", "args": ["--port", "5432"]}
            }
        }

        """

    static func fixture(userFile: String? = MCPWorkflowTests.userFile) throws -> WorkflowFixture {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates(mcp: servers)
        try fixture.write(fixture.templates + "/demo/stack.yml", stackWithVersion)
        try importAgain(fixture)
        if let userFile { try fixture.writeFile(".mcp.json", userFile) }
        return fixture
    }

    static func importAgain(_ fixture: WorkflowFixture) throws {
        _ = try RegistryService.open(explicitPath: fixture.registry).importDirectory(fixture.templates, options: ImportOptions())
    }

    @Test func initMergesOurServerIntoTheUsersFileAndASecondApplyChangesNothing() throws {
        let fixture = try Self.fixture()
        let initialised = try fixture.bootstrap(targets: ["agents", "claude", "mcp"])
        #expect(initialised.text().contains("added rulesmith's MCP servers to .mcp.json; your keys and servers are kept"), "\(initialised.text())")
        let merged = try fixture.read(".mcp.json")
        #expect(merged.hasPrefix("""
            {
                "theme": "dark",
                "mcpServers": {
                    "local-db": {"command": "pg-mcp", "args": ["--port", "5432"]},
                    "docs": {
                        "command": "npx",
            """), "\(merged)")
        #expect(merged.contains("\"@acme/docs-mcp@1.2.3\""))
        let lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: ".rulesmith.lock")
        #expect(lock.entry(for: ".mcp.json")?.servers == ["docs"])
        #expect(try fixture.states()[".mcp.json"] == "up-to-date")
        try fixture.commitAll("init")
        let before = try fixture.snapshot()
        let again = try fixture.apply()
        #expect(again.exitCode == 0)
        #expect(try fixture.snapshot() == before, "a second apply changes no byte")
    }

    @Test func aUserServerWithOurNameIsAConflictNotOverwritten() throws {
        let taken = """
            {"mcpServers": {"docs": {"command": "my-own-docs"}}}

            """
        let fixture = try Self.fixture(userFile: taken)
        try fixture.bootstrap(targets: ["agents", "mcp"])
        #expect(try fixture.read(".mcp.json") == taken)
        let result = try fixture.apply()
        #expect(result.exitCode == 1)
        #expect(result.output.contains("'docs'"), "\(result.output)")
        #expect(try fixture.read(".mcp.json") == taken)
    }

    @Test func anEditOfOurServerIsAHandEditMergedWithTheUpgrade() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        try fixture.commitAll("init")
        // The user adds an environment variable to our server.
        let edited = try fixture.read(".mcp.json").replacingOccurrences(
            of: "\"command\": \"npx\",", with: "\"command\": \"npx\",\n            \"env\": {\"DOCS_TOKEN\": \"${DOCS_TOKEN}\"},")
        try fixture.writeFile(".mcp.json", edited)
        #expect(try fixture.states()[".mcp.json"] == "edited")
        // The hook's drift check sees the unadopted edit of the owned server.
        // The stack moves the package to a new version: a 3-way merge keeps both.
        try fixture.write(fixture.templates + "/demo/stack.yml", Self.stackWithVersion.replacingOccurrences(of: "1.2.3", with: "2.0.0"))
        try Self.importAgain(fixture)
        let result = try fixture.apply(latest: true)
        #expect(result.exitCode == 0, "\(result.output)")
        let merged = try fixture.read(".mcp.json")
        #expect(merged.contains("DOCS_TOKEN"))
        #expect(merged.contains("@acme/docs-mcp@2.0.0"))
        #expect(merged.contains("\"local-db\": {\"command\": \"pg-mcp\", \"args\": [\"--port\", \"5432\"]}"))
    }

    @Test func droppingTheTargetRemovesOnlyOurServers() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        try fixture.commitAll("init")
        try fixture.writeFile(".rulesmith.yml", try fixture.read(".rulesmith.yml").replacingOccurrences(of: "targets: [agents, mcp]", with: "targets: [agents]"))
        let result = try fixture.apply()
        #expect(result.exitCode == 0, "\(result.output)")
        let configuration = try fixture.read(".rulesmith.yml")
        #expect(try fixture.read(".mcp.json") == Self.userFile, "\(result.output)\n\(configuration)")
    }

    @Test func aStackWithoutAUserFileGetsAFileOfItsOwn() throws {
        let fixture = try Self.fixture(userFile: nil)
        try fixture.bootstrap(targets: ["cursor", "copilot", "mcp"])
        #expect(try fixture.read(".cursor/mcp.json").hasPrefix("{\n  \"mcpServers\": {\n    \"docs\": {"))
        #expect(try fixture.read(".vscode/mcp.json").hasPrefix("{\n  \"servers\": {\n    \"docs\": {"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path(".mcp.json")))
    }

    /// A pull request that edits the lockfile to claim the user's own server cannot get it
    /// removed: without rulesmith's own copy of what it wrote, apply stops managing and keeps it.
    @Test func aForgedServersListNeverRemovesTheUsersServer() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        try fixture.commitAll("init")
        // The forged entry: the user's server as "owned", with the blob its region would have.
        let file = Array(try fixture.read(".mcp.json").utf8)
        let region = try MCPServerFile.region(of: file, path: ".mcp.json", owned: ["local-db"])
        var lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: ".rulesmith.lock")
        var entry = try #require(lock.entry(for: ".mcp.json"))
        entry.servers = ["local-db"]
        entry.blob = GitBlobID.of(region)
        lock.files = lock.files.map { $0.path == ".mcp.json" ? entry : $0 }
        try fixture.writeFile(".rulesmith.lock", String(decoding: lock.serialized(), as: UTF8.self))
        try fixture.writeFile(".rulesmith.yml", try fixture.read(".rulesmith.yml").replacingOccurrences(of: "targets: [agents, mcp]", with: "targets: [agents]"))
        let before = try fixture.read(".mcp.json")
        let result = try fixture.apply()
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(try fixture.read(".mcp.json") == before, "the user's server stays")
        #expect(result.output.contains("stopped managing .mcp.json"), "\(result.output)")
    }

    /// The hook's drift check reads an MCP file's owned servers only: an edit of the user's own
    /// server is no drift, an edit of rulesmith's is.
    @Test func theHookDriftCheckLooksAtOurServersOnly() throws {
        let fixture = try Self.fixture()
        try fixture.bootstrap(targets: ["agents", "mcp"])
        try fixture.commitAll("init")
        let lock = Array(try fixture.read(".rulesmith.lock").utf8)
        let entry = try #require(try Lockfile.parse(lock, path: ".rulesmith.lock").entry(for: ".mcp.json"))
        let layout = ManagedLayout(entry: entry)
        let theirs = try fixture.read(".mcp.json").replacingOccurrences(of: "\"5432\"", with: "\"6543\"")
        #expect(try GitBlobID.of(#require(try layout.region(of: Array(theirs.utf8)))) == entry.blob)
        let ours = try fixture.read(".mcp.json").replacingOccurrences(of: "\"npx\"", with: "\"bunx\"")
        #expect(try GitBlobID.of(#require(try layout.region(of: Array(ours.utf8)))) != entry.blob)
    }
}
