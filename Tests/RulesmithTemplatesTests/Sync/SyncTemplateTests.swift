import RulesmithLint
import Testing
@testable import RulesmithTemplates

/// Branch and message templates, branch-name checks, config text edits and the outcome table.
struct SyncTemplateTests {
    @Test func expandsKnownPlaceholders() {
        let template = SyncTemplate("rulesmith/sync-{{revision}}-{{ name }}-{{other}}")
        #expect(template.placeholders == ["revision", "name", "other"])
        #expect(template.expand(["revision": "abc", "name": "api"]) == "rulesmith/sync-abc-api-{{other}}")
        #expect(SyncTemplate("no placeholders {{").expand([:]) == "no placeholders {{")
    }

    @Test func branchNames() {
        #expect(SyncBranchName.problem("rulesmith/sync") == nil)
        #expect(SyncBranchName.problem("rulesmith/sync-3") == nil)
        for bad in ["", "-x", "a..b", "a b", "a/", "/a", "a.lock", "a//b", "x~1", "a:b", ".hidden", "a/.b", "@"] {
            #expect(SyncBranchName.problem(bad) != nil, "\(bad)")
        }
    }

    @Test func replacesTopLevelKeysKeepingTheRest() {
        let text = "# comment\nversion: 1\nstacks:\n  - a\n  - b\n\ntargets: [agents]\nlint:\n  strict: true\n"
        let edited = ConfigurationText.replacing(key: "stacks", with: ConfigurationText.list("stacks", ["swift-package", "x y"]), in: text)
        #expect(edited == "# comment\nversion: 1\nstacks: [swift-package, \"x y\"]\n\ntargets: [agents]\nlint:\n  strict: true\n")
        let added = ConfigurationText.replacing(key: "variables", with: ConfigurationText.mapping("variables", [("team", "api")]), in: "version: 1")
        #expect(added == "version: 1\nvariables:\n  team: \"api\"\n")
        let read = try? ConfigurationReader().read(edited, path: ".rulesmith.yml")
        #expect(read?.stacks == ["swift-package", "x y"])
        #expect(read?.lint.strict == true)
    }

    @Test func outcomeTableAndJSON() {
        let report = SyncReport(results: [
            SyncResult(name: "acme/api", url: "u1", outcome: .updated, branch: "rulesmith/sync", commit: String(repeating: "a", count: 40),
                       detail: "committed 2 files and pushed", files: ["AGENTS.md", ".rulesmith.lock"], pushed: true),
            SyncResult(name: "web", url: "u2", outcome: .failed, detail: "unreachable: no such\nrepository"),
        ], revision: 3, source: "https://t.example.com/t.git", commit: "0123456789abcdef", dryRun: false, shard: SyncShard("1/2"))
        #expect(report.hasFailures)
        let text = report.text()
        let lines = text.split(separator: "\n")
        #expect(lines[0].hasPrefix("REPOSITORY  OUTCOME  BRANCH          COMMIT        DETAIL"))
        #expect(lines[1] == "acme/api    updated  rulesmith/sync  aaaaaaaaaaaa  committed 2 files and pushed")
        #expect(lines[2] == "web         failed   -               -             unreachable: no such repository")
        #expect(lines[3] == "registry revision 3 (https://t.example.com/t.git@0123456789ab), shard 1/2: 1 updated, 0 up-to-date, 0 conflict, 1 failed")
        let json = report.json()
        #expect(json.contains("\"outcome\": \"up-to-date\"") == false)
        #expect(json.contains("\"up-to-date\": 0"))
        #expect(json.contains("\"shard\": \"1/2\""))
        #expect(SyncReport(results: [SyncResult(name: "a", url: "a", outcome: .upToDate)], revision: 1, source: "builtin",
                           commit: nil, dryRun: true, shard: nil).hasFailures == false)
    }
}
