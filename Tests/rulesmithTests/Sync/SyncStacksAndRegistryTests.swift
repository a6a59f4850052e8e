import Foundation
import RulesmithTestSupport
import Testing

/// Issue 19 items 2 and 3 through the built executable: a manifest's `[auto, other]` adds a team
/// stack on top of detection, and sync keeps its registry to itself (the default registry stays
/// byte-identical) while a dry run reports the revision the real run then uses.
@Suite(.serialized)
struct SyncStacksAndRegistryTests {
    /// The `tool` stack is detected by a `tool.toml`; `other` is only ever named.
    private func fleet() throws -> SyncFleet {
        let fleet = try SyncFleet()
        try fleet.write(
            fleet.templates + "/tool/stack.yml",
            "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\nextends: [base]\ndetect:\n  files: [tool.toml]\n")
        try fleet.commitAll(fleet.templates, "tool is detected")
        return fleet
    }

    private func manifest(_ fleet: SyncFleet, stacks: String, names: [String]) throws -> String {
        var text = "registry:\n  source: templates\nbranch: \"\"\ndefaults:\n  base: main\n  stacks: \(stacks)\n  targets: [agents]\nrepositories:\n"
        for name in names { text += "  - path: remotes/\(name).git\n" }
        let path = fleet.root + "/rulesmith-sync.yml"
        try fleet.write(path, text)
        return path
    }

    @Test func autoPlusATeamStackRendersDetectedAndNamed() throws {
        let fleet = try fleet()
        let detected = try fleet.remote("detected", files: ["tool.toml": "x = 1\n"])
        let plain = try fleet.remote("plain")
        _ = try manifest(fleet, stacks: "[auto, other, other]", names: ["detected", "plain"])
        let result = try fleet.run(["sync", "rulesmith-sync.yml", "--cache", fleet.cache])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")

        let agents = try fleet.git(["show", "main:AGENTS.md"], in: detected)
        #expect(agents.contains("Run the tool with --verbose in CI."), "\(agents)")
        #expect(agents.contains("Keep functions short."), "\(agents)")
        let configuration = try fleet.git(["show", "main:.rulesmith.yml"], in: detected)
        #expect(configuration.contains("tool") && configuration.contains("other") && !configuration.contains("auto"), "\(configuration)")
        #expect(configuration.range(of: "tool")!.lowerBound < configuration.range(of: "other")!.lowerBound, "detected first: \(configuration)")

        // Nothing detected: only the named stack.
        let plainAgents = try fleet.git(["show", "main:AGENTS.md"], in: plain)
        #expect(!plainAgents.contains("Run the tool with --verbose in CI."))
        #expect(plainAgents.contains("Keep functions short."))
    }

    @Test func syncLeavesTheDefaultRegistryAloneAndTheDryRunNamesTheRealRevision() throws {
        let fleet = try fleet()
        // No registry named: the user's default one lives under XDG_DATA_HOME.
        let data = fleet.root + "/data"
        let unnamed = ["RULESMITH_REGISTRY": "", "XDG_DATA_HOME": data]
        #expect(try fleet.run(["registry", "list"], environment: unnamed).status == 0)
        let before = snapshot(data)
        #expect(before["rulesmith/registry.sqlite"] != nil)

        try fleet.remote("api", files: ["tool.toml": "x = 1\n"])
        _ = try manifest(fleet, stacks: "[tool]", names: ["api"])
        let first = try fleet.run(["sync", "rulesmith-sync.yml", "--format", "json"], environment: unnamed)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")

        // The templates move on: the dry run must pull and number them as the real run will.
        try fleet.write(fleet.templates + "/tool/usage.md", SyncFleet.usage("Run the tool with --strict in CI."))
        try fleet.commitAll(fleet.templates, "templates v2")
        let dry = try fleet.run(["sync", "rulesmith-sync.yml", "--dry-run", "--format", "json"], environment: unnamed)
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        let real = try fleet.run(["sync", "rulesmith-sync.yml", "--format", "json"], environment: unnamed)
        #expect(real.status == 0, "\(real.stdout)\(real.stderr)")
        let dryRevision = try revision(dry.stdout)
        let realRevision = try revision(real.stdout)
        #expect(dryRevision == realRevision)
        #expect(realRevision > (try revision(first.stdout)))

        #expect(snapshot(data) == before, "the default registry's folder changed")
        let history = try fleet.run(["registry", "history", "--format", "json"], environment: unnamed)
        #expect(!history.stdout.contains("templates"), "\(history.stdout)")
    }

    /// Every file under `folder`, path → bytes.
    private func snapshot(_ folder: String) -> [String: Data] {
        var output: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                output[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
        }
        return output
    }

    /// The registry revision a sync's JSON report names.
    private func revision(_ json: String) throws -> Int {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let registry = try #require(object["registry"] as? [String: Any])
        return try #require(registry["revision"] as? Int)
    }
}
