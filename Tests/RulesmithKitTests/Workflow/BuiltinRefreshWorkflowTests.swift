import Foundation
import RulesmithKit
import RulesmithRegistry
import RulesmithTemplates
import Testing

/// A registry seeded by an older binary meets this binary: the command that opens it stores the
/// new built-in text as a new revision and says so; a repository pinned to the older revision
/// keeps rendering the old text, so `check` does not start failing; `check --latest` shows the move.
struct BuiltinRefreshWorkflowTests {
    static let marker = "- Old generic advice that the editorial pass removed."

    /// A registry at `path` seeded from the built-ins as an older binary brought them.
    static func seedOldRegistry(at path: String) throws {
        var files = BuiltinTemplateSet.files
        files["Templates/base/secrets-and-security.md"]! += Array("\n\(marker)\n".utf8)
        let old = try TemplateLayout.read(TemplateTree(rootName: "rulesmith", files: files))
        try TemplateRegistry.open(path: path, seed: old).close()
    }

    @Test func aPinnedRepositoryKeepsItsTextAndCheckPasses() throws {
        let fixture = try WorkflowFixture()
        try Self.seedOldRegistry(at: fixture.registry)
        try fixture.writeFile("go.mod", "module example.com/shop\n\ngo 1.24\n")
        try fixture.writeFile(".rulesmith.yml", ConfigurationText.initial(
            stacks: ["go"], targets: ["agents"], variables: ["project_name": "shop"], revision: 1, source: nil))
        try fixture.commitAll()

        let initialised = try fixture.bootstrap(stacks: [])
        #expect(initialised.exitCode == 0, "\(initialised.output)")
        #expect(initialised.output.contains("built-in templates refreshed as registry revision 2"), "\(initialised.output)")
        #expect(try fixture.read("AGENTS.md").contains(Self.marker), "pinned to revision 1: the old text")

        let check = try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry)
        #expect(!check.needsAttention, "\(check.text())")
        #expect(check.status.builtinRefresh == nil, "the second open has nothing to store")
        #expect(check.status.latestRevision == 2)

        let latest = try WorkflowCommands.check(directory: fixture.repository, registry: fixture.registry, latest: true)
        #expect(latest.needsAttention, "the newer built-ins differ from what the repository holds")
        #expect(latest.status.drifted.contains { $0.path == "AGENTS.md" && $0.reason == .registry })

        let service = try RegistryService.open(explicitPath: fixture.registry)
        #expect(try service.registry.latestRevision() == 2)
    }

    @Test func statusAndListSayWhenTheBuiltinsWereRefreshed() throws {
        let fixture = try WorkflowFixture()
        try Self.seedOldRegistry(at: fixture.registry)
        let listed = try RegistryCommands.list(registry: fixture.registry, tag: nil, revision: nil)
        #expect(listed.text().contains("the next init, apply or import stores them"), "\(listed.text())")
        #expect(!listed.json().contains("built-in"), "the JSON shape is unchanged")

        try fixture.writeFile(".rulesmith.yml", ConfigurationText.initial(
            stacks: ["go"], targets: ["agents"], variables: ["project_name": "shop"], revision: 1, source: nil))
        let status = try fixture.status()
        #expect(status.text().hasPrefix("built-in templates refreshed as registry revision 2"), "\(status.text())")
        #expect(!status.json().contains("built-in templates"))
        #expect(try RegistryCommands.list(registry: fixture.registry, tag: nil, revision: nil).builtinRefresh == nil)
    }
}
