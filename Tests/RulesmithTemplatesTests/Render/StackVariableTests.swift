import Foundation
import RulesmithFacts
import Testing
@testable import RulesmithTemplates

/// Variables belong to a stack: each stack's commands come from the facts of the project where
/// it was found, `stack.name` sets one stack's value, and a line needing a value no fact proves
/// is left out.
struct StackVariableTests {
    static func commandStack(_ id: String, extends: [String] = []) throws -> TemplateStack {
        RenderFixtures.stack(id, rules: [
            try RenderFixtures.rule("\(id)-workflow", "---\ndescription: \(id) workflow\nalwaysApply: true\n---\n# \(id)\n\n- Test with `{{test_command}}`.\n- Lint with `{{lint_command}}`.\n- Keep it small.\n"),
        ], variables: [
            TemplateVariable(name: "test_command", description: "Runs the tests", from: "commands.test"),
            TemplateVariable(name: "lint_command", description: "Runs the linter", from: "commands.lint"),
        ], extends: extends)
    }

    static let facts = RepositoryFacts(projects: [
        ProjectFacts(path: "backend", stacks: [StackFact(id: "python", evidence: [Evidence("backend/pyproject.toml", line: 1)])],
                     commands: [.test: CommandFact(command: "uv run pytest", evidence: Evidence(".github/workflows/ci.yml", line: 20), source: "github-actions")]),
        ProjectFacts(path: "frontend", stacks: [StackFact(id: "typescript", evidence: [Evidence("frontend/package.json", line: 3)])],
                     commands: [.test: CommandFact(command: "pnpm test", evidence: Evidence("frontend/package.json", line: 6), source: "package.json"),
                                .lint: CommandFact(command: "pnpm lint", evidence: Evidence("frontend/package.json", line: 7), source: "package.json")]),
    ])

    @Test func eachStackTakesItsOwnProjectsCommands() throws {
        let chain = [try Self.commandStack("python"), try Self.commandStack("typescript")]
        let report = try TargetRenderer.report(RenderInput(chain: chain, targets: ["agents"], facts: Self.facts))
        let text = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(text.contains("# python\n\n- Test with `cd backend && uv run pytest`.\n- Keep it small.\n"), "\(text)")
        #expect(text.contains("# typescript\n\n- Test with `cd frontend && pnpm test`.\n- Lint with `cd frontend && pnpm lint`.\n"), "\(text)")
        let python = try #require(report.variables.first { $0.qualifiedName == "python.test_command" })
        #expect(python.source == .fact(reference: "commands.test", project: "backend", evidence: ".github/workflows/ci.yml:20"))
        let absent = try #require(report.variables.first { $0.qualifiedName == "python.lint_command" })
        #expect(absent.value == nil && absent.source == .absent(reference: "commands.lint"))
    }

    @Test func aQualifiedValueSetsOneStackABareValueEvery() throws {
        let chain = [try Self.commandStack("python"), try Self.commandStack("typescript")]
        let report = try TargetRenderer.report(RenderInput(
            chain: chain, targets: ["agents"], variables: ["python.test_command": "make test", "lint_command": "make lint"], facts: Self.facts))
        let text = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(text.contains("# python\n\n- Test with `make test`.\n- Lint with `make lint`.\n"), "\(text)")
        #expect(text.contains("# typescript\n\n- Test with `cd frontend && pnpm test`.\n- Lint with `make lint`.\n"), "\(text)")
        #expect(report.variables.first { $0.qualifiedName == "python.test_command" }?.source == .given(key: "python.test_command"))
    }

    @Test func withoutFactsTheLinesThatNeedACommandAreLeftOut() throws {
        let report = try TargetRenderer.report(RenderInput(chain: [try Self.commandStack("python")], targets: ["agents"]))
        let text = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(!text.contains("Test with") && !text.contains("Lint with") && text.contains("- Keep it small."), "\(text)")
    }

    @Test func unknownQualifiedNamesAreErrors() throws {
        let chain = [try Self.commandStack("python")]
        #expect(throws: RenderError.unknownVariable(name: "go.test_command", reason: "stack 'go' is not in the chain (python)")) {
            try TargetRenderer.report(RenderInput(chain: chain, targets: ["agents"], variables: ["go.test_command": "x"]))
        }
        #expect(throws: RenderError.self) {
            try TargetRenderer.report(RenderInput(chain: chain, targets: ["agents"], variables: ["python.tset_command": "x"]))
        }
    }

    @Test func aStackExtendingAnotherFillsItsVariablesFromItsOwnProject() throws {
        // nextjs extends typescript: typescript's commands come from the folder where nextjs was found.
        let facts = RepositoryFacts(projects: [
            ProjectFacts(path: ".", stacks: [StackFact(id: "nextjs", evidence: [Evidence("next.config.js")])],
                         commands: [.test: CommandFact(command: "yarn test", evidence: Evidence("package.json", line: 5), source: "package.json")]),
        ])
        let chain = [try Self.commandStack("typescript"), RenderFixtures.stack("nextjs", rules: [], extends: ["typescript"])]
        let report = try TargetRenderer.report(RenderInput(chain: chain, targets: ["agents"], facts: facts))
        #expect(report.variables.first { $0.qualifiedName == "typescript.test_command" }?.value == "yarn test")
    }

    @Test func fromMustNameAFact() throws {
        let yaml = "id: demo\ntitle: Demo\ndescription: Demo\ncategory: language\nvariables:\n  test_command:\n    from: commands.tests\n"
        #expect(throws: TemplateError.self) { try StackParser.parse(Array(yaml.utf8), folder: "demo", path: "demo/stack.yml") }
        let good = yaml.replacingOccurrences(of: "commands.tests", with: "commands.test")
        let stack = try StackParser.parse(Array(good.utf8), folder: "demo", path: "demo/stack.yml")
        #expect(stack.variables.first?.fact == .command(.test) && stack.variables.first?.isRequired == false)
    }
}
