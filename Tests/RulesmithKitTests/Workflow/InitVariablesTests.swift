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
        #expect(plan.output.contains("base.project_name = repo (the folder name"), "\(plan.output)")

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
        options.yes = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.output.contains("typescript.lint_command = pnpm exec eslint . (--var)"), "\(result.output)")
        #expect(try fixture.read("AGENTS.md").contains("`pnpm exec eslint .`"))
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
