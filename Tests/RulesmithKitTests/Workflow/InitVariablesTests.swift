import Foundation
import RulesmithKit
import RulesmithTemplates
import Testing

/// `init` fills each stack's variables from the repository's facts and says where each came from;
/// a name no stack declares is refused; a command the repository lacks is never written.
struct InitVariablesTests {
    /// A pnpm TypeScript project with a test script and no lint script.
    static func writePnpmProject(_ fixture: WorkflowFixture) throws {
        try fixture.writeFile("package.json", """
            {
              "name": "shop",
              "packageManager": "pnpm@9.1.0",
              "scripts": {
                "test": "vitest run",
                "build": "tsc -p ."
              },
              "devDependencies": { "typescript": "^5.4.0", "vitest": "^1.6.0" }
            }

            """)
        try fixture.writeFile("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
        try fixture.writeFile("tsconfig.json", "{ \"compilerOptions\": { \"strict\": true } }\n")
        try fixture.commitAll()
    }

    @Test func thePlanShowsEachVariableWithItsSourceAndTheFilesUseTheRepositorysCommands() throws {
        let fixture = try WorkflowFixture()
        try Self.writePnpmProject(fixture)
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["typescript"]
        options.dryRun = true
        let plan = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(plan.output.contains("typescript.test_command = pnpm test (fact commands.test of .: package.json:5)"), "\(plan.output)")
        #expect(plan.output.contains("typescript.lint_command: no fact proves commands.lint; the lines that use it are left out"), "\(plan.output)")
        // The repository names itself in package.json: the folder's name ("repo") is the last resort.
        #expect(plan.output.contains("base.project_name = shop (the repository's own name, package.json:2; change it in .rulesmith.yml)"), "\(plan.output)")

        options.dryRun = false
        options.yes = true
        _ = try Bootstrap.run(directory: fixture.repository, options: options)
        let agents = try fixture.read("AGENTS.md")
        #expect(agents.contains("`pnpm test`"), "\(agents)")
        #expect(!agents.contains("`npm test`") && !agents.contains("npm run lint") && !agents.contains("npx tsc"), "\(agents)")
        #expect(try fixture.states().values.allSatisfy { $0 == "up-to-date" })
    }

    @Test func aQualifiedVarSetsThatStacksValue() throws {
        let fixture = try WorkflowFixture()
        try Self.writePnpmProject(fixture)
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["typescript"]
        options.variables = ["typescript.lint_command": "pnpm exec eslint ."]
        options.targets = ["agents", "cursor"]
        options.yes = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.output.contains("typescript.lint_command = pnpm exec eslint . (<variable>)"), "\(result.output)")
        // The TypeScript workflow rule is guidance: Cursor loads it on demand.
        #expect(try fixture.read(".cursor/rules/typescript-project.mdc").contains("`pnpm exec eslint .`"))
        #expect(try fixture.read(".rulesmith.yml").contains("typescript.lint_command: \"pnpm exec eslint .\""))
        #expect(try fixture.states().values.allSatisfy { $0 == "up-to-date" })
    }

    @Test func anUnknownVariableIsRefusedByInitAndByApply() throws {
        let fixture = try WorkflowFixture()
        try Self.writePnpmProject(fixture)
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["typescript"]
        options.variables = ["python.test_command": "pytest"]
        options.yes = true
        #expect {
            try Bootstrap.run(directory: fixture.repository, options: options)
        } throws: { error in
            "\(error)".contains("variable 'python.test_command' is unknown: stack 'python' is not in the chain")
        }
        options.variables = [:]
        _ = try Bootstrap.run(directory: fixture.repository, options: options)
        let config = try fixture.read(".rulesmith.yml")
        try fixture.writeFile(".rulesmith.yml", config.replacingOccurrences(of: "variables:\n", with: "variables:\n  tset_command: \"x\"\n"))
        #expect {
            try WorkflowCommands.apply(directory: fixture.repository, options: .init(registry: fixture.registry))
        } throws: { error in
            "\(error)".contains("variable 'tset_command' is unknown")
        }
    }
}

/// `init --yes` on a one-project repository writes an always-on AGENTS.md of at most 4 KB that
/// states that repository's commands, and prints the always-on size per editor.
struct InitAlwaysOnTests {
    @Test func aOneProjectRepositoryGetsAShortAgentsFileWithItsOwnCommands() throws {
        let fixture = try WorkflowFixture()
        try fixture.writeFile("pyproject.toml", """
            [project]
            name = "tool"
            requires-python = ">=3.11"
            dependencies = ["httpx>=0.27"]

            [dependency-groups]
            dev = ["pytest>=8", "ruff>=0.5"]

            """)
        try fixture.writeFile("uv.lock", "version = 1\n")
        try fixture.writeFile("Makefile", ".PHONY: test lint\n\ntest:\n\tuv run pytest -q\n\nlint:\n\tuv run ruff check .\n")
        try fixture.writeFile("tool/__init__.py", "")
        try fixture.commitAll()
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["python"]
        options.yes = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.output.contains("always-on context (loaded on every task):"), "\(result.output)")
        #expect(result.output.contains("agents: AGENTS.md "), "\(result.output)")
        let agents = try fixture.read("AGENTS.md")
        #expect(agents.utf8.count <= 4096, "AGENTS.md is \(agents.utf8.count) bytes:\n\(agents)")
        #expect(agents.contains("- Test: `make test`") && agents.contains("- Lint: `make lint`"), "\(agents)")
        #expect(!agents.contains("python -m pytest") && !agents.contains("mypy"), "\(agents)")
        #expect(try fixture.states().values.allSatisfy { $0 == "up-to-date" })
    }
}
