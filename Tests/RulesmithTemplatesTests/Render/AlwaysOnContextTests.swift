import RulesmithFacts
import Testing
@testable import RulesmithTemplates

/// Rendered with the repository's facts, the always-loaded files hold the generated repository
/// section and the essential rules only; stack guidance goes where editors load it on demand,
/// scoped to the folder where the stack was found; the always-on text has a budget.
struct AlwaysOnContextTests {
    static func facts(_ stack: String, at folder: String, commands: [CommandKind: String] = [:]) -> RepositoryFacts {
        var project = ProjectFacts(path: folder, stacks: [StackFact(id: stack, evidence: [Evidence(folder == "." ? "manifest" : "\(folder)/manifest")])])
        project.packageManager = PackageManagerFact(name: "uv", evidence: Evidence("uv.lock"))
        for (kind, command) in commands {
            project.commands[kind] = CommandFact(command: command, evidence: Evidence("Makefile", line: 3), source: "makefile")
        }
        return RepositoryFacts(projects: [project])
    }

    static func chain() throws -> [TemplateStack] {
        let base = RenderFixtures.stack("base", rules: [
            try RenderFixtures.rule("secrets", "---\ndescription: Secrets\nalwaysApply: true\nessential: true\n---\n# Secrets\n\n- Never commit secrets.\n"),
            try RenderFixtures.rule("agreement", "---\ndescription: How we work\nalwaysApply: true\nessential: false\n---\n# Working agreement\n\n- Small changes.\n"),
        ])
        let python = RenderFixtures.stack("python", rules: [
            try RenderFixtures.rule("python-style", "---\ndescription: Python style\nglobs: [\"**/*.py\"]\nessential: false\n---\n# Python style\n\n- Type hints everywhere.\n"),
        ], extends: ["base"])
        return [base, python]
    }

    @Test func aOneProjectRepositoryGetsTheSectionAndTheEssentialRulesOnly() throws {
        let facts = Self.facts("python", at: ".", commands: [.test: "make test"])
        let report = try TargetRenderer.report(RenderInput(chain: try Self.chain(), targets: ["agents", "cursor"], facts: facts))
        let agents = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(agents.contains("# Repository\n\n- Stack: python; uv\n- Test: `make test`\n"), "\(agents)")
        #expect(agents.contains("# Secrets") && !agents.contains("Working agreement") && !agents.contains("Python style"), "\(agents)")
        // Cursor loads guidance on demand: the always-on rule became agent-requested.
        let agreement = try #require(RenderFixtures.text(".cursor/rules/agreement.mdc", in: report.files))
        #expect(agreement.contains("alwaysApply: false"), "\(agreement)")
        let size = try #require(report.alwaysOn.first { $0.target == "agents" })
        #expect(size.paths == ["AGENTS.md"] && size.bytes == agents.utf8.count && size.bytes <= 4096)
        #expect(report.notes.contains { $0.message.contains("guidance rules kept out of AGENTS.md") })
    }

    /// Go's package manager is named like its stack, so the section names it once.
    @Test func aManagerNamedLikeTheStackIsNotRepeated() throws {
        var facts = Self.facts("python", at: ".")
        facts.projects[0].stacks = [StackFact(id: "go", evidence: [Evidence("go.mod")])]
        facts.projects[0].packageManager = PackageManagerFact(name: "go", evidence: Evidence("go.mod"))
        let report = try TargetRenderer.report(RenderInput(chain: try Self.chain(), targets: ["agents"], facts: facts))
        let agents = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(agents.contains("- Stack: go\n") && !agents.contains("go; go"), "\(agents)")
    }

    @Test func guidanceIsScopedToTheFolderWhereTheStackWasFound() throws {
        let report = try TargetRenderer.report(RenderInput(chain: try Self.chain(), targets: ["agents", "cursor"], facts: Self.facts("python", at: "backend")))
        let nested = try #require(RenderFixtures.text("backend/AGENTS.md", in: report.files))
        #expect(nested.contains("# Python style"))
        #expect(RenderFixtures.text("AGENTS.md", in: report.files)?.contains("Python style") == false)
        let cursor = try #require(RenderFixtures.text(".cursor/rules/python-style.mdc", in: report.files))
        #expect(cursor.contains("globs: backend/**/*.py"), "\(cursor)")
    }

    @Test func claudeRulesCarryScopedGuidanceWithPaths() throws {
        let report = try TargetRenderer.report(RenderInput(
            chain: try Self.chain(), targets: ["claude", "claude-rules"], facts: Self.facts("python", at: "backend")))
        let rule = try #require(RenderFixtures.text(".claude/rules/python-style.md", in: report.files))
        #expect(rule.hasPrefix("---\npaths:\n") && rule.contains("backend/**/*.py"), "\(rule)")
        // CLAUDE.md holds the essential rule; the claude-rules target does not repeat it.
        #expect(RenderFixtures.text(".claude/rules/secrets.md", in: report.files) == nil)
        #expect(RenderFixtures.text("CLAUDE.md", in: report.files)?.contains("# Secrets") == true)
        // Guidance with no globs would load on every task there: left out, with a note.
        #expect(RenderFixtures.text(".claude/rules/agreement.md", in: report.files) == nil)
        #expect(report.notes.contains { $0.target == "claude-rules" && $0.rule == "base/agreement" })
    }

    @Test func clineScopesFolderGuidanceWithPathsAndCountsWhatItLoadsOnEveryTask() throws {
        let report = try TargetRenderer.report(RenderInput(chain: try Self.chain(), targets: ["cline"], facts: Self.facts("python", at: "backend")))
        let scoped = try #require(RenderFixtures.text(".clinerules/python-style.md", in: report.files))
        #expect(scoped.hasPrefix("---\npaths:\n") && scoped.contains("backend/**/*.py"), "\(scoped)")
        // Guidance only a description would introduce has no on-request mode in Cline: left out.
        #expect(RenderFixtures.text(".clinerules/agreement.md", in: report.files) == nil)
        #expect(report.notes.contains { $0.target == "cline" && $0.rule == "base/agreement" })
        let size = try #require(report.alwaysOn.first { $0.target == "cline" })
        #expect(size.paths.contains(".clinerules/secrets.md"), "\(size.paths)")
        #expect(!size.paths.contains(".clinerules/python-style.md"), "\(size.paths)")
        // Rendered as written (no facts), a description-only rule loads on every task: it counts.
        let plain = try RenderFixtures.render([try RenderFixtures.mixedStack()], targets: ["cline"])
        let plainSize = try #require(plain.alwaysOn.first { $0.target == "cline" })
        #expect(plainSize.paths.contains(".clinerules/asked-rule.md") && plainSize.paths.contains(".clinerules/always-rule.md"), "\(plainSize.paths)")
        #expect(!plainSize.paths.contains(".clinerules/app-rule.md"))
        let counted = plainSize.paths.compactMap { RenderFixtures.text($0, in: plain.files)?.utf8.count }.reduce(0, +)
        #expect(plainSize.bytes == counted)
    }

    @Test func theBudgetIsCheckedAndConfigurable() throws {
        let facts = Self.facts("python", at: ".")
        let report = try TargetRenderer.report(RenderInput(chain: try Self.chain(), targets: ["agents"], facts: facts, alwaysOnBudget: 64))
        #expect(report.notes.contains { $0.target == "agents" && $0.message.contains("over the 64-byte budget") }, "\(report.notes)")
    }

    @Test func aRuleWrittenForAnotherMajorIsLeftOutWithANote() throws {
        var facts = Self.facts("python", at: ".")
        facts.projects[0].versions["django"] = VersionFact(version: "^4.2", evidence: Evidence("pyproject.toml", line: 7))
        let python = RenderFixtures.stack("python", rules: [
            try RenderFixtures.rule("django-5", "---\ndescription: Django 5\nalwaysApply: true\nversions: {django: \">=5\"}\n---\n# Django 5\n\n- Use field groups.\n"),
            try RenderFixtures.rule("any-django", "---\ndescription: Django\nalwaysApply: true\nversions: {django: \">=3 <6\"}\n---\n# Django\n\n- Fat models.\n"),
        ])
        let report = try TargetRenderer.report(RenderInput(chain: [python], targets: ["agents"], facts: facts))
        let agents = try #require(RenderFixtures.text("AGENTS.md", in: report.files))
        #expect(!agents.contains("# Django 5") && agents.contains("# Django\n"))
        #expect(report.notes.contains { $0.message == "python/django-5 is left out: it is written for django >=5, and pyproject.toml:7 declares django ^4.2" }, "\(report.notes)")
    }

    @Test func everyBuiltinStackRendersWithinTheBudget() throws {
        let stacks = try RenderFixtures.builtinStacks()
        for id in stacks.keys.sorted() where id != "base" {
            let chain = try StackResolver.resolve(id, in: stacks)
            let facts = Self.facts(id, at: ".", commands: [.test: "make test", .lint: "make lint", .build: "make build"])
            var values = ["project_name": "Demo"]
            if chain.contains(where: { $0.variable(named: "scheme") != nil }) { values["scheme"] = "Demo" }
            let report = try TargetRenderer.report(RenderInput(
                chain: chain, targets: ["agents", "claude", "cursor", "copilot", "gemini", "cursorrules", "cline"], variables: values, facts: facts))
            for size in report.alwaysOn {
                #expect(size.bytes <= 4096, "\(id): \(size.description)")
            }
        }
    }
}
