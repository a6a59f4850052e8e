import Foundation
import RulesmithEditors
import RulesmithLint
import RulesmithText
import Testing
@testable import RulesmithTemplates

/// Every built-in stack rendered for every target lints with no error, alone and together with
/// every other target (so cross-file rules such as RF005 and RF003 see the whole set).
struct BuiltinRenderLintTests {
    static let targets = TargetCatalogue.targets.map(\.name)

    /// Values for every required variable of the built-in stacks (a name no stack of the chain
    /// declares is an error, so `scheme` only where swiftui-app is in it).
    static func variables(_ chain: [TemplateStack]) -> [String: String] {
        var values = ["project_name": "Demo"]
        if chain.contains(where: { $0.variable(named: "scheme") != nil }) { values["scheme"] = "Demo" }
        return values
    }

    static func lint(_ files: [RenderedFile]) -> [(RenderedFile, Diagnostic)] {
        let workspace = InMemoryWorkspace(files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, RenderFixtures.text($0)) }))
        let documents = files.compactMap { file -> LintDocument? in
            guard let kind = FileKind.classify(file.path) else { return nil }
            return LintDocument(path: file.path, kind: kind, source: SourceText(bytes: file.contents), workspace: workspace)
        }
        #expect(documents.count == files.count, "every rendered path is a file rulesmith lints")
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        return zip(documents, Linter().lint(documents)).flatMap { document, diagnostics in
            diagnostics.map { (byPath[document.path]!, $0) }
        }
    }

    @Test func everyBuiltinStackRendersForEveryTargetWithoutLintErrors() throws {
        let stacks = try RenderFixtures.builtinStacks()
        #expect(stacks.count >= 20)
        var counts: [String: Int] = [:]
        var renderedFiles = 0
        for id in stacks.keys.sorted() {
            let chain = try StackResolver.resolve(id, in: stacks)
            for target in Self.targets {
                let report = try RenderFixtures.render(chain, targets: [target], variables: Self.variables(chain))
                // The built-in stacks carry no skills or MCP servers (yet): those targets render nothing.
                let rendersNothing = [TargetRenderer.llmsTxtTarget, "skills", "mcp"].contains(target)
                #expect(report.files.isEmpty == rendersNothing, "\(id) × \(target)")
                renderedFiles += report.files.count
                for (file, diagnostic) in Self.lint(report.files) {
                    #expect(diagnostic.severity != .error, "\(id) × \(target) \(file.path):\(diagnostic.start.line):\(diagnostic.start.column) \(diagnostic.ruleID) \(diagnostic.message)")
                    counts["alone \(diagnostic.severity) \(diagnostic.ruleID)", default: 0] += 1
                }
            }
            let together = try RenderFixtures.render(chain, targets: Self.targets, variables: Self.variables(chain))
            for (file, diagnostic) in Self.lint(together.files) {
                #expect(diagnostic.severity != .error, "\(id) × all \(file.path):\(diagnostic.start.line):\(diagnostic.start.column) \(diagnostic.ruleID) \(diagnostic.message)")
                counts["together \(diagnostic.severity) \(diagnostic.ruleID)", default: 0] += 1
                if ProcessInfo.processInfo.environment["RULESMITH_RENDER_LINT_DETAIL"] != nil, diagnostic.severity == .warning {
                    print("\(id) \(file.path) \(diagnostic.ruleID) \(diagnostic.message)")
                }
            }
        }
        if ProcessInfo.processInfo.environment["RULESMITH_RENDER_LINT_REPORT"] != nil {
            print("rendered \(renderedFiles) files (each target alone)")
            for key in counts.keys.sorted() { print("\(key): \(counts[key]!)") }
        }
    }

    /// The fixture stack has every activation (manual ones too, which no built-in uses) and
    /// overrides; its files draw no error either, and only the warnings expected of them.
    @Test func everyActivationAndOverrideRendersWithoutLintErrors() throws {
        let override = try RenderFixtures.rule("style", """
            ---
            description: "Style: naming #and layout"
            globs: ["src/**/*.{ts,tsx}"]
            overrides:
              copilot: {excludeAgent: code-review}
              kiro: {inclusion: manual}
            ---
            # Style

            - Name things well.
            """)
        var stack = try RenderFixtures.mixedStack()
        stack.rules.append(override)
        let report = try RenderFixtures.render([stack], targets: Self.targets)
        let diagnostics = Self.lint(report.files)
        let errors = diagnostics.filter { $0.1.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.0.path) \($0.1.ruleID) \($0.1.message)" })")
        let warnings = Set(diagnostics.filter { $0.1.severity == .warning }.map { "\($0.0.path) \($0.1.ruleID)" })
        #expect(warnings == [".github/instructions/manual-rule.instructions.md CP001"], "a manual Copilot file has no applyTo on purpose")
    }
}
