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
        let chain = try StackResolver.resolve(["swift-package", "python"].filter { byID[$0] != nil }, in: byID)
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
