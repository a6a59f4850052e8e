import Testing
@testable import RulesmithTemplates

/// The MCP merge on bytes: rulesmith's servers go in, out or are replaced; every other key,
/// server, comment and whitespace byte of the user's file stays where it was.
struct MCPServerFileTests {
    static let ours = Array("""
        {
          "docs": {
            "command": "npx",
            "args": ["-y", "@acme/docs-mcp@1.2.3"]
          }
        }

        """.utf8)

    static let userFile = """
        {
        \t"theme":   "dark",
        \t// our own servers
        \t"mcpServers": {
        \t\t"local-db": { "command": "pg-mcp", "args": [ "--port", 5432 ] }
        \t},
        \t"trailer": [1,2,3]
        }

        """

    @Test func addingKeepsEveryUserByteAndUsesTheFileIndent() throws {
        let merged = try MCPServerFile.replacing(in: Array(Self.userFile.utf8), path: ".mcp.json", owned: [], with: Self.ours)
        let text = String(decoding: merged, as: UTF8.self)
        #expect(text == """
            {
            \t"theme":   "dark",
            \t// our own servers
            \t"mcpServers": {
            \t\t"local-db": { "command": "pg-mcp", "args": [ "--port", 5432 ] },
            \t\t"docs": {
            \t\t\t"command": "npx",
            \t\t\t"args": [
            \t\t\t\t"-y",
            \t\t\t\t"@acme/docs-mcp@1.2.3"
            \t\t\t]
            \t\t}
            \t},
            \t"trailer": [1,2,3]
            }

            """)
        // Applying the same servers again (now owned) changes no byte.
        let again = try MCPServerFile.replacing(in: merged, path: ".mcp.json", owned: ["docs"], with: Self.ours)
        #expect(again == merged)
        // The owned region reads back as exactly what was rendered.
        #expect(try MCPServerFile.region(of: merged, path: ".mcp.json", owned: ["docs"]) == MCPServerFile.region(ofRendered: try MCPServerFile.newFile(path: ".mcp.json", body: Self.ours), path: ".mcp.json"))
    }

    @Test func removingTakesOnlyOursAndGivesTheUserFileBack() throws {
        let merged = try MCPServerFile.replacing(in: Array(Self.userFile.utf8), path: ".mcp.json", owned: [], with: Self.ours)
        let removed = try MCPServerFile.replacing(in: merged, path: ".mcp.json", owned: ["docs"], with: Array("{}".utf8))
        #expect(String(decoding: removed, as: UTF8.self) == Self.userFile)
    }

    @Test func aFileWithoutServersGetsTheKeyAtTheEnd() throws {
        let file = Array("{\n    \"editor.tabSize\": 2\n}\n".utf8)
        let merged = try MCPServerFile.replacing(in: file, path: ".vscode/mcp.json", owned: [], with: Self.ours)
        let text = String(decoding: merged, as: UTF8.self)
        #expect(text.hasPrefix("{\n    \"editor.tabSize\": 2,\n    \"servers\": {\n        \"docs\": {\n"))
        #expect(try MCPServerFile.serverNames(in: merged, path: ".vscode/mcp.json") == ["docs"])
        #expect(try MCPServerFile.replacing(in: merged, path: ".vscode/mcp.json", owned: ["docs"], with: Self.ours) == merged)
    }

    @Test func replacingAnEditedServerKeepsItsPlace() throws {
        let file = Array("{\"mcpServers\": {\"a\": {\"url\": \"https://a\"}, \"docs\": {\"command\": \"old\"}, \"z\": {}}}\n".utf8)
        let merged = try MCPServerFile.replacing(in: file, path: ".mcp.json", owned: ["docs"], with: Self.ours)
        let names = try MCPServerFile.serverNames(in: merged, path: ".mcp.json")
        #expect(names == ["a", "docs", "z"])
        #expect(String(decoding: merged, as: UTF8.self).hasPrefix("{\"mcpServers\": {\"a\": {\"url\": \"https://a\"}, \"docs\": {\n"))
    }

    @Test func aNewFileIsTheServersUnderTheEditorsKey() throws {
        let file = try MCPServerFile.newFile(path: ".vscode/mcp.json", body: Self.ours)
        #expect(String(decoding: file, as: UTF8.self).hasPrefix("{\n  \"servers\": {\n    \"docs\": {\n"))
        #expect(try MCPServerFile.serverNames(in: file, path: ".vscode/mcp.json") == ["docs"])
    }

    @Test func brokenJSONIsRefusedNotRewritten() {
        #expect(throws: MCPServerFile.Problem.self) {
            try MCPServerFile.replacing(in: Array("{\"mcpServers\": {".utf8), path: ".mcp.json", owned: [], with: Self.ours)
        }
    }
}
