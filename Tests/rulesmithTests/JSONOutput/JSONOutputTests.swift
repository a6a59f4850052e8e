import Foundation
import RulesmithTestSupport
import Testing

/// `--format json` of every command family through the built executable: one object with
/// `version` 1 and the documented members (README, "JSON output"); errors stay one line on
/// stderr with exit 2 and nothing on stdout.
@Suite(.serialized)
struct JSONOutputTests {
    typealias Repository = WorkflowCommandLineTests.Repository

    /// Parses stdout as one JSON object and checks `version` and `keys`.
    @discardableResult
    static func object(_ result: Rulesmith.Result, keys: [String], status: Int32 = 0, _ what: String) throws -> [String: Any] {
        #expect(result.status == status, "\(what): \(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(what): \(result.stdout)")
        #expect(object["version"] as? Int == 1, "\(what)")
        let firstMember = result.stdout.drop { $0 == "{" || $0.isWhitespace }
        #expect(firstMember.hasPrefix("\"version\""), "\(what): `version` is the first member")
        for key in keys { #expect(object.keys.contains(key), "\(what) has \(key)") }
        return object
    }

    @Test func workflowCommands() throws {
        let repo = try Repository()
        let preview = try Self.object(
            try repo.run(["init", "--dry-run", "--format", "json"]),
            keys: ["dryRun", "written", "stacks", "targets", "variables", "files", "hook", "messages", "diff", "commit", "conflicts"], "init --dry-run")
        #expect(preview["dryRun"] as? Bool == true && preview["written"] as? Bool == false)
        let stacks = try #require(preview["stacks"] as? [String: Any])
        #expect(stacks["source"] as? String == "detection" && stacks["ids"] as? [String] == ["tool"])
        #expect(((stacks["detected"] as? [[String: Any]])?.first?["evidence"] as? [String])?.isEmpty == false)
        #expect((preview["diff"] as? String)?.contains("+++ b/.rulesmith.yml") == true)
        let variables = try #require(preview["variables"] as? [[String: Any]])
        #expect(variables.contains { $0["source"] as? String == "folder-name" } || variables.isEmpty)
        #expect(repo.snapshot().keys.filter { !$0.hasPrefix(".git/") }.sorted() == ["tool.cfg"], "a dry run writes nothing")

        let asking = try repo.run(["init", "--format", "json"])
        #expect(asking.status == 2 && asking.stdout.isEmpty && asking.stderr.contains("--yes"))

        let written = try Self.object(try repo.run(["init", "--yes", "--format", "json"]), keys: ["messages", "files"], "init --yes")
        #expect(written["written"] as? Bool == true)
        #expect((written["files"] as? [[String: Any]])?.contains { $0["path"] as? String == "AGENTS.md" } == true)

        let status = try Self.object(
            try repo.run(["status", "--format", "json"]), keys: ["revision", "source", "latestRevision", "files", "summary", "drift"], "status")
        #expect(status["drift"] as? Bool == false)
        try Self.object(try repo.run(["check", "--format", "json"]), keys: ["files", "drift"], "check")
        let cleanDiff = try Self.object(try repo.run(["diff", "--format", "json"]), keys: ["revision", "files", "drift"], "diff")
        #expect((cleanDiff["files"] as? [Any])?.isEmpty == true)

        try repo.write(repo.path + "/AGENTS.md", (try String(contentsOfFile: repo.path + "/AGENTS.md", encoding: .utf8)) + "\n- Our own line.\n")
        let diff = try Self.object(try repo.run(["diff", "--format", "json"]), keys: ["files"], "diff after an edit")
        let file = try #require((diff["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "AGENTS.md" && file["state"] as? String == "edited")
        #expect((file["diff"] as? String)?.contains("-- Our own line.") == true)
        try Self.object(try repo.run(["check", "--format", "json"]), keys: ["drift"], status: 1, "check with drift")

        let dryApply = try Self.object(
            try repo.run(["apply", "--dry-run", "--format", "json"]),
            keys: ["dryRun", "revision", "changed", "messages", "diff", "commit", "conflicts"], "apply --dry-run")
        #expect(dryApply["dryRun"] as? Bool == true)

        let adopt = try Self.object(
            try repo.run(["adopt", "AGENTS.md", "--format", "json"]), keys: ["file", "adopted", "reason", "overlays", "messages", "conflicts"], "adopt")
        #expect(adopt["adopted"] as? Bool == true)
        #expect((adopt["overlays"] as? [[String: Any]])?.first?["path"] as? String == ".rulesmith/overlays/adopted-agents-md.md")

        let apply = try Self.object(try repo.run(["apply", "--format", "json"]), keys: ["changed", "messages", "commit"], "apply")
        #expect(apply["dryRun"] as? Bool == false && apply["conflicts"] as? Bool == false)
        #expect(apply["commit"] is NSNull)
    }

    @Test func registryDetectRenderAndRules() throws {
        let repo = try Repository()
        let list = try Self.object(try repo.run(["registry", "list", "--format", "json"]), keys: ["stacks"], "registry list")
        #expect((list["stacks"] as? [[String: Any]])?.contains { $0["id"] as? String == "tool" } == true)
        try Self.object(try repo.run(["registry", "show", "tool", "--format", "json"]), keys: [], "registry show")
        try Self.object(try repo.run(["registry", "search", "verbose", "--format", "json"]), keys: [], "registry search")
        try Self.object(try repo.run(["registry", "history", "--format", "json"]), keys: ["revisions"], "registry history")
        let export = try Self.object(
            try repo.run(["registry", "export", repo.root.path + "/exported", "--stack", "tool", "--format", "json"]),
            keys: ["directory", "files"], "registry export")
        #expect((export["files"] as? [String])?.isEmpty == false)
        try Self.object(
            try repo.run(["registry", "import", repo.root.path + "/templates", "--dry-run", "--format", "json"]), keys: [], "registry import")
        try Self.object(try repo.run(["detect", ".", "--format", "json"]), keys: ["projects"], "detect")
        let render = try Self.object(
            try repo.run(["render", "--stack", "tool", "--target", "agents", "--format", "json"]), keys: ["stacks", "targets", "files", "notes"], "render")
        #expect((render["files"] as? [[String: Any]])?.first?["path"] as? String == "AGENTS.md")

        let rules = try Self.object(try Rulesmith.run(["rules", "--format", "json"]), keys: ["rules"], "rules")
        #expect(((rules["rules"] as? [[String: Any]])?.count ?? 0) > 50)
        let one = try Self.object(try Rulesmith.run(["rules", "RS001", "--format", "json"]), keys: ["rules"], "rules ID")
        let entry = try #require((one["rules"] as? [[String: Any]])?.first)
        #expect(entry["id"] as? String == "RS001")
        for key in ["name", "summary", "severity", "optIn", "kinds", "tags", "fix", "aliases", "rationale"] {
            #expect(entry.keys.contains(key), "rules entry has \(key)")
        }
    }

    @Test func hookAndLLMS() throws {
        let repo = try Repository()
        let installed = try Self.object(
            try repo.run(["hook", "install", "--format", "json"]),
            keys: ["action", "hook", "chained", "restored", "removedFolder", "foreign"], "hook install")
        #expect(installed["action"] as? String == "installed")
        #expect((installed["hook"] as? String)?.hasSuffix("/pre-commit") == true)
        let again = try Self.object(try repo.run(["hook", "install", "--format", "json"]), keys: ["action"], "hook install again")
        #expect(again["action"] as? String == "unchanged")
        let removed = try Self.object(try repo.run(["hook", "uninstall", "--format", "json"]), keys: ["action"], "hook uninstall")
        #expect(removed["action"] as? String == "removed")

        try repo.write(repo.path + "/README.md", "# Tool\n\nA tool that does one thing.\n")
        try repo.write(repo.path + "/docs/guide.md", "# Guide\n\nHow to use the tool.\n")
        let printed = try Self.object(
            try repo.run(["llms", "generate", "--dry-run", "--format", "json"]), keys: ["path", "state", "notes", "document", "diff"], "llms generate")
        #expect(printed["state"] as? String == "printed")
        #expect((printed["document"] as? String)?.hasPrefix("# Tool\n") == true)
        let written = try Self.object(try repo.run(["llms", "generate", "--format", "json"]), keys: ["state"], "llms generate (write)")
        #expect(written["state"] as? String == "written")
        let fresh = try Self.object(try repo.run(["llms", "generate", "--check", "--format", "json"]), keys: ["state"], "llms generate --check")
        #expect(fresh["state"] as? String == "fresh")

        let context = try Self.object(
            try repo.run(["llms", "ctx", "llms.txt", "--format", "json"]),
            keys: ["writtenTo", "documents", "failures", "skippedOptionalLinks", "document"], "llms ctx")
        #expect((context["document"] as? String)?.contains("<project") == true)
        #expect(context["writtenTo"] is NSNull)
    }

    @Test func errorsStayOneLineOnStandardError() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-json-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for arguments in [["status", "--format", "json"], ["registry", "show", "nope", "--format", "json"], ["rules", "NOPE1", "--format", "json"]] {
            let result = try Rulesmith.run(
                arguments, in: scratch.path, environment: ["RULESMITH_REGISTRY": scratch.path + "/registry.sqlite", "GIT_CEILING_DIRECTORIES": scratch.path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments): nothing on stdout")
            #expect(result.stderr.hasPrefix("rulesmith: ") && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
    }
}
