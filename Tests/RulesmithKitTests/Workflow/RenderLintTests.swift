import Foundation
import RulesmithEditors
import RulesmithKit
import RulesmithLint
import RulesmithTemplates
import RulesmithText
import Testing

/// Every target's render of the built-in stacks lints clean: what init writes passes the hook.
struct RenderLintTests {
    @Test(arguments: ConfigurationReader.targetNames.sorted())
    func renderOfEveryTargetLintsClean(target: String) throws {
        let scratch = try TemporaryDirectory()
        let service = try RegistryService.open(explicitPath: scratch.path + "/registry.sqlite")
        let stacks = try service.registry.stacks()
        let byID = Dictionary(uniqueKeysWithValues: stacks.map { ($0.id, $0) })
        var chain = try StackResolver.resolve(["swift-package", "python"].filter { byID[$0] != nil }, in: byID)
        // The built-in stacks carry no skills or servers: give the last one a clean skill and a pinned server.
        chain[chain.count - 1].skills = [SkillTemplate(
            name: "release-notes",
            files: [
                "SKILL.md": Array("---\nname: release-notes\ndescription: Writes release notes from the git log. Use when a release is cut.\n---\n# Release notes\n\nRun `scripts/collect.sh`.\n".utf8),
                "scripts/collect.sh": Array("#!/bin/sh\ngit log --oneline \"$1..HEAD\"\n".utf8),
            ],
            executables: ["scripts/collect.sh"])]
        chain[chain.count - 1].documents[MCPServerTemplates.fileName] = Array(
            "{\"mcpServers\": {\"docs\": {\"command\": \"npx\", \"args\": [\"-y\", \"@acme/docs-mcp@1.2.3\"]}}}\n".utf8)
        let input = RenderInput(chain: chain, targets: [target], variables: ["project_name": "Demo"])
        let rendered = Result { () throws(RenderError) -> [RenderedFile] in try TargetRenderer.render(input) }
        let files = try rendered.get()
        // llms.txt comes from `rulesmith llms generate`, not from rule templates.
        if target == TargetRenderer.llmsTxtTarget { return #expect(files.isEmpty) }
        #expect(!files.isEmpty)
        for file in files {
            let kind = try #require(FileKind.classify(file.path), "\(file.path) is a file rulesmith lints")
            let diagnostics = Linter(catalogue: .standard).lint(LintDocument(path: file.path, kind: kind, source: SourceText(bytes: file.contents)))
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(target) \(file.path): \(errors.map { "\($0.start.line):\($0.start.column) \($0.ruleID) \($0.message)" })")
        }
    }
}
