import Foundation
import Testing

/// One policy for hand edits in generated files, said and enforced alike: the generated header,
/// `check`, the native hook, the pre-commit framework's hook and the README all say that an edit
/// is committed only once `rulesmith adopt` has taken it in.
@Suite(.serialized)
struct HandEditPolicyTests {
    static let policy = "Hand edits: run rulesmith adopt on this file before committing; check fails until then."

    /// A repository bootstrapped from a one-rule stack imported into a registry beside it.
    /// `prepare` runs before init, so what it commits is among the facts init renders from.
    static func bootstrapped(_ prepare: (HookRepository) throws -> Void = { _ in }) throws -> (repo: HookRepository, env: [String: String]) {
        let repo = try HookRepository(files: ["README.md": "readme\n", "tool.cfg": "x\n"])
        try prepare(repo)
        let env = ["RULESMITH_REGISTRY": repo.scratch + "/registry.sqlite", "NO_COLOR": "1"]
        let templates = repo.scratch + "/templates"
        try repo.write(templates + "/tool/stack.yml", "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\ndetect:\n  files: [tool.cfg]\n")
        try repo.write(templates + "/tool/usage.md", "---\ndescription: Usage\nalwaysApply: true\n---\n# Usage\n\n- Run the tool with --verbose in CI.\n")
        let imported = try repo.rulesmith("registry", "import", templates, env: env)
        #expect(imported.status == 0, "\(imported.output)")
        let initialized = try repo.rulesmith("init", "--yes", "--commit", "--targets", "agents", env: env)
        #expect(initialized.status == 0, "\(initialized.output)")
        return (repo, env)
    }

    /// Adds a line to AGENTS.md and stages it.
    static func handEdit(_ repo: HookRepository) throws {
        try repo.write("AGENTS.md", try repo.read("AGENTS.md") + "\n- Our own rule: keep the changelog current.\n")
        try repo.git("add", "AGENTS.md")
    }

    @Test func theHeaderCheckAndTheNativeHookAgree() throws {
        let (repo, env) = try Self.bootstrapped()
        #expect(try repo.read("AGENTS.md").contains(Self.policy))
        #expect(try repo.rulesmith("hook", "install", env: env).status == 0)
        try Self.handEdit(repo)

        let check = try repo.rulesmith("check", env: env)
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("edited"))
        let blocked = try repo.commit("hand edit", env: env)
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("rulesmith adopt AGENTS.md"))

        #expect(try repo.rulesmith("adopt", "AGENTS.md", env: env).status == 0)
        try repo.git("add", "-A")
        #expect(try repo.rulesmith("check", env: env).status == 0)
        let passed = try repo.commit("adopted", env: env)
        #expect(passed.status == 0, "\(passed.output)")
    }

    @Test func thePreCommitFrameworkHookBlocksAnUnadoptedEditToo() throws {
        guard let preCommit = PreCommitFrameworkTests.preCommitExecutable() else {
            Issue.record("pre-commit is not installed (not on PATH): install it with `python3 -m pip install pre-commit`, as .ci/run does")
            return
        }
        var frameworkEnv: [String: String] = [:]
        let (repo, env) = try Self.bootstrapped { frameworkEnv = try PreCommitFrameworkTests.useFramework(in: $0) }
        let framework = frameworkEnv.merging(env) { $1 }
        #expect(try repo.run(preCommit, ["install"], env: framework, allowFailure: true).status == 0)
        try Self.handEdit(repo)

        let blocked = try repo.commit("hand edit", env: framework)
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("rulesmith adopt AGENTS.md"), "\(blocked.output)")
        #expect(repo.headSubject != "hand edit")
        // Committed past the hook, the edit still fails CI's `pre-commit run --all-files`, which
        // judges every file, changed or not.
        #expect(try repo.commit("bypassed", "--no-verify", env: framework).status == 0)
        let all = try repo.run(preCommit, ["run", "--all-files"], env: framework, allowFailure: true)
        #expect(all.status != 0, "\(all.output)")
        #expect(all.output.contains("rulesmith adopt AGENTS.md"), "\(all.output)")

        let adopted = try repo.rulesmith("adopt", "AGENTS.md", env: env)
        #expect(adopted.status == 0, "\(adopted.output)")
        try repo.git("add", "-A")
        let passed = try repo.commit("adopted", env: framework)
        #expect(passed.status == 0, "\(passed.output)")
    }

    @Test func theReadmeStatesTheSamePolicy() throws {
        let readme = try String(contentsOfFile: PreCommitFrameworkTests.packageRoot + "/README.md", encoding: .utf8)
        #expect(readme.contains(Self.policy))
        let hooks = try String(contentsOfFile: PreCommitFrameworkTests.packageRoot + "/.pre-commit-hooks.yaml", encoding: .utf8)
        #expect(hooks.contains("entry: rulesmith hook run\n"))
        #expect(!hooks.contains("entry: rulesmith lint\n"))
    }
}
