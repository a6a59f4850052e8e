import Foundation
import RulesmithTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `rulesmith sync` of a stack that carries a skill (with an executable script) and an MCP
/// server into several repositories behind bare remotes: the skill lands with its mode, the
/// server is merged beside a repository's own, and a second sync moves no ref.
@Suite(.serialized)
struct SyncAgentFilesTests {
    static let userMCP = "{\n\t\"mcpServers\": {\n\t\t\"team-db\": {\"command\": \"db-mcp\"}\n\t},\n\t\"other\": true\n}\n"

    @Test func aStackWithASkillAndAnMCPServerReachesEveryRepository() throws {
        let fleet = try SyncFleet()
        try fleet.write(fleet.templates + "/tool/skills/release/SKILL.md",
            "---\nname: release\ndescription: Cuts a release. Use when the team ships a version.\n---\n# Release\n\nRun scripts/tag.sh.\n")
        try fleet.write(fleet.templates + "/tool/skills/release/scripts/tag.sh", "#!/bin/sh\ngit tag \"v$1\"\n")
        chmod(fleet.templates + "/tool/skills/release/scripts/tag.sh", 0o755)
        try fleet.write(fleet.templates + "/tool/mcp.json",
            "{\n  \"mcpServers\": {\n    \"tool-docs\": {\"command\": \"tool-docs-mcp\", \"args\": [\"--stdio\"]}\n  }\n}\n")
        try fleet.commitAll(fleet.templates, "templates with a skill and a server")
        var remotes: [String: String] = [:]
        remotes["plain1"] = try fleet.remote("plain1")
        remotes["plain2"] = try fleet.remote("plain2")
        remotes["own-mcp"] = try fleet.remote("own-mcp", files: [".mcp.json": Self.userMCP])
        var manifest = "version: 1\nregistry:\n  source: templates\nbranch: \"\"\ndefaults:\n  base: main\n  stacks: [tool]\n  targets: [agents, claude, skills, mcp]\nrepositories:\n"
        for name in remotes.keys.sorted() { manifest += "  - path: remotes/\(name).git\n" }
        try fleet.write(fleet.root + "/rulesmith-sync.yml", manifest)
        let first = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("3 updated"), "\(first.stdout)")

        for (name, remote) in remotes {
            let tree = try fleet.git(["ls-tree", "-r", "main"], in: remote)
            for folder in [".claude/skills", ".agents/skills"] {
                #expect(tree.contains("100755 blob") && tree.contains("\(folder)/release/scripts/tag.sh"), "\(name): \(tree)")
                #expect(tree.contains("\(folder)/release/SKILL.md"), "\(name)")
            }
            let scriptLine = tree.split(separator: "\n").first { $0.hasSuffix(".claude/skills/release/scripts/tag.sh") } ?? ""
            #expect(scriptLine.hasPrefix("100755"), "\(name): the script is committed executable: \(scriptLine)")
            let mcp = try fleet.git(["show", "main:.mcp.json"], in: remote)
            #expect(mcp.contains("\"tool-docs\""), "\(name)")
            if name == "own-mcp" {
                #expect(mcp.hasPrefix("{\n\t\"mcpServers\": {\n\t\t\"team-db\": {\"command\": \"db-mcp\"},\n\t\t\"tool-docs\": {"), "\(mcp)")
                #expect(mcp.hasSuffix("\t},\n\t\"other\": true\n}"), "\(mcp)")
            }
        }
        let refs = try remotes.mapValues { try fleet.refs($0) }
        let again = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("0 updated, 3 up-to-date"), "\(again.stdout)")
        #expect(try remotes.mapValues { try fleet.refs($0) } == refs, "a second sync moves no ref")
    }
}
