import Foundation
import RulesmithTestSupport
import RulesmithKit
import Testing

/// The workflow commands through the built executable: help, exit codes, JSON, one-line errors.
@Suite(.serialized)
struct WorkflowCommandLineTests {
    /// A git repository with a demo stack imported into a registry beside it.
    final class Repository {
        let root: URL
        let path: String
        let registry: String

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-cli-wf-\(UUID().uuidString)")
            path = root.appendingPathComponent("repo").path
            registry = root.appendingPathComponent("registry.sqlite").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try git("init", "-q", "-b", "main")
            try git("config", "user.name", "CLI User")
            try git("config", "user.email", "cli@example.com")
            let templates = root.appendingPathComponent("templates").path
            try write(templates + "/base/stack.yml", "id: base\ntitle: Base\ndescription: Base rules.\ncategory: base\n")
            try write(templates + "/base/commits.md", "---\ndescription: Commits\nalwaysApply: true\n---\n# Commits\n\n- One change per commit.\n")
            try write(templates + "/tool/stack.yml", "id: tool\ntitle: Tool\ndescription: A tool.\ncategory: language\nextends: [base]\ndetect:\n  files: [tool.cfg]\n")
            try write(templates + "/tool/usage.md", "---\ndescription: Usage\nalwaysApply: true\n---\n# Usage\n\n- Run the tool with --verbose in CI.\n")
            let imported = try run(["registry", "import", templates])
            guard imported.status == 0 else { throw FixtureFailure("import: \(imported.stderr)") }
            try write(path + "/tool.cfg", "x\n")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ file: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        }

        func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Rulesmith.Result {
            var env = ["RULESMITH_REGISTRY": registry]
            for (key, value) in environment { env[key] = value }
            return try Rulesmith.run(arguments, stdin: stdin, in: path, environment: env)
        }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            try Subprocess.run("/usr/bin/git", arguments, in: path).stdout
        }

        /// Every file (`.git` included), path → bytes.
        func snapshot() -> [String: Data] {
            var output: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                    output[relative] = FileManager.default.contents(atPath: path + "/" + relative)
                }
            }
            return output
        }
    }

    struct FixtureFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func everyCommandHasHelpWithExamples() throws {
        for command in ["init", "status", "diff", "apply", "adopt", "check"] {
            let help = try Rulesmith.run([command, "--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("Examples:"), "\(command) --help shows examples")
            #expect(help.stdout.contains("rulesmith \(command)"))
        }
        #expect(try Rulesmith.run(["--help"]).stdout.contains("adopt"))
    }

    @Test func initWithoutTerminalNeedsYesThenStatusAndCheck() throws {
        let repository = try Repository()
        let refused = try repository.run(["init"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("pass --yes"))
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: repository.path + "/.rulesmith.yml"))

        let initialised = try repository.run(["init", "--yes", "--hook"])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout.contains("tool (Tool): file tool.cfg"))

        let status = try repository.run(["status", "--format", "json"])
        #expect(status.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["drift"] as? Bool == false)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.contains { $0["path"] as? String == "AGENTS.md" && $0["state"] as? String == "up-to-date" })

        #expect(try repository.run(["check"]).status == 0)
        let agents = repository.path + "/AGENTS.md"
        try Data((try String(contentsOfFile: agents, encoding: .utf8) + "\n- Hand edit.\n").utf8).write(to: URL(fileURLWithPath: agents))
        let check = try repository.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("edited"))
        #expect(check.stdout.contains("check failed"))
        let checkJSON = try repository.run(["check", "--format", "json"])
        #expect(checkJSON.status == 1)
        #expect(checkJSON.stdout.contains("\"state\": \"edited\""))

        let diff = try repository.run(["diff"])
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("-- Hand edit."))

        let hookStatus = try FileManager.default.attributesOfItem(atPath: repository.path + "/.git/hooks/pre-commit")
        #expect((hookStatus[.posixPermissions] as? Int).map { $0 & 0o111 != 0 } == true, "init --hook installed an executable hook")
        let adopt = try repository.run(["adopt", "AGENTS.md"])
        #expect(adopt.status == 0, "\(adopt.stderr)")
        #expect(try repository.run(["check"]).status == 0)
    }

    @Test func dryRunsWriteNothing() throws {
        let repository = try Repository()
        let before = repository.snapshot()
        let preview = try repository.run(["init", "--dry-run"])
        #expect(preview.status == 0)
        #expect(preview.stdout.contains("+++ b/AGENTS.md"))
        #expect(repository.snapshot() == before)
        #expect(try repository.run(["init", "--yes"]).status == 0)
        let after = repository.snapshot()
        let apply = try repository.run(["apply", "--dry-run"])
        #expect(apply.stdout.contains("nothing to do"))
        #expect(repository.snapshot() == after)
    }

    @Test func errorsAreOneLineWithExitTwo() throws {
        let repository = try Repository()
        let noConfig = try repository.run(["status"])
        #expect(noConfig.status == 2)
        #expect(noConfig.stderr.hasPrefix("rulesmith: .rulesmith.yml: not found"))
        #expect(noConfig.stderr.split(separator: "\n").count == 1)
        let chainAlone = try repository.run(["init", "--yes", "--chain-hook"])
        #expect(chainAlone.status == 2)
        #expect(chainAlone.stderr.contains("--chain-hook: only with --hook"))
        let branchAlone = try repository.run(["apply", "--branch", "x"])
        #expect(branchAlone.status == 2)
        try repository.write(repository.path + "/.rulesmith.yml", "stacks: [tool]\nregistry:\n  revision: 999\n")
        let missingRevision = try repository.run(["apply"])
        #expect(missingRevision.status == 2)
        #expect(missingRevision.stderr.contains(".rulesmith.yml: registry revision 999 is not in"))
        try repository.write(repository.path + "/.rulesmith.yml", "stacks: [tool]\n")
        try repository.write(repository.path + "/.rulesmith.lock", "{ not json")
        let badLock = try repository.run(["status"])
        #expect(badLock.status == 2)
        #expect(badLock.stderr.hasPrefix("rulesmith: .rulesmith.lock: not valid JSON"))
    }

    /// A foreign pre-commit hook makes the install refuse; the advice names the flag of the
    /// command that ran: `init --hook` once said `--chain`, which init does not take.
    @Test func hookAdviceNamesTheFlagOfTheCommandThatRan() throws {
        let repository = try Repository()
        let hook = repository.path + "/.git/hooks/pre-commit"
        try repository.write(hook, "#!/bin/sh\nexit 0\n")
        let before = repository.snapshot()
        let initHook = try repository.run(["init", "--yes", "--hook"])
        #expect(initHook.status == 2)
        #expect(initHook.stderr.contains("pass --chain-hook to keep it"), "\(initHook.stderr)")
        #expect(!initHook.stderr.contains("--chain "), "\(initHook.stderr)")
        #expect(repository.snapshot() == before)
        let install = try repository.run(["hook", "install"])
        #expect(install.status == 2)
        #expect(install.stderr.contains("pass --chain to keep it"), "\(install.stderr)")
        let plan = try repository.run(["init", "--dry-run", "--hook", "--chain-hook"])
        #expect(plan.stdout.contains("and the pre-commit hook (rulesmith hook install --chain)"), "\(plan.stdout)")
    }

    @Test func missingIdentityFailsBeforeAnythingIsWritten() throws {
        let repository = try Repository()
        try repository.git("config", "--unset", "user.name")
        try repository.git("config", "--unset", "user.email")
        let home = repository.root.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let before = repository.snapshot()
        let result = try repository.run(
            ["init", "--yes", "--commit"],
            environment: ["HOME": home, "XDG_CONFIG_HOME": home, "GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": "", "GIT_COMMITTER_NAME": "",
                          "GIT_COMMITTER_EMAIL": "", "EMAIL": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("user.name is not set"))
        #expect(repository.snapshot() == before)
    }
}

/// The hook's drift check through a real `git commit`: a hand edit to a generated file blocks
/// the commit until it is adopted (or the check is turned off).
@Suite(.serialized)
struct HookDriftCommitTests {
    func gitCommit(_ repository: WorkflowCommandLineTests.Repository, _ message: String) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["RULESMITH_REGISTRY"] = repository.registry
        environment["NO_COLOR"] = "1"
        let result = try Subprocess.run("/usr/bin/git", ["commit", "-q", "-m", message], in: repository.path, environment: environment)
        return (result.status, result.output)
    }

    @Test func unadoptedHandEditBlocksTheCommitUntilAdopted() throws {
        let repository = try WorkflowCommandLineTests.Repository()
        // The repository tracks its own files: the facts (and so the generated text) come from them.
        try repository.git("add", "tool.cfg")
        try repository.git("commit", "-qm", "Tool")
        let initialized = try repository.run(["init", "--yes", "--commit", "--targets", "agents", "--hook"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        try repository.write(repository.path + "/AGENTS.md", try String(contentsOfFile: repository.path + "/AGENTS.md", encoding: .utf8) + "\n- Our own rule: keep the changelog current.\n")
        try repository.git("add", "AGENTS.md")
        let blocked = try gitCommit(repository, "Hand edit")
        #expect(blocked.status != 0, "the commit went through: \(blocked.output)")
        #expect(blocked.output.contains("AGENTS.md"))
        #expect(blocked.output.contains("rulesmith adopt"))

        let adopted = try repository.run(["adopt", "AGENTS.md"])
        #expect(adopted.status == 0, "\(adopted.stderr)")
        try repository.git("add", "-A")
        let passed = try gitCommit(repository, "Adopt the hand edit")
        #expect(passed.status == 0, "\(passed.output)")
    }
}

/// The `llms-txt` target of init and apply: llms.txt generated from the README and docs,
/// tracked in the lock, stale when the docs change.
@Suite(.serialized)
struct LLMSTxtTargetTests {
    @Test func initWritesLLMSTxtAndApplyFollowsTheDocs() throws {
        let repository = try WorkflowCommandLineTests.Repository()
        try repository.write(repository.path + "/README.md", "# Tool\n\nTool makes tools out of other tools.\n")
        try repository.write(repository.path + "/docs/guide.md", "# Guide\n\nHow to start using the tool.\n")
        let initialized = try repository.run(["init", "--yes", "--targets", "agents,llms-txt"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let text = try String(contentsOfFile: repository.path + "/llms.txt", encoding: .utf8)
        #expect(text.hasPrefix("# Tool"))
        #expect(text.contains("[Guide](docs/guide.md)"))
        #expect(try String(contentsOfFile: repository.path + "/.rulesmith.lock", encoding: .utf8).contains("\"llms.txt\""))
        let clean = try repository.run(["check"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        try repository.write(repository.path + "/docs/faq.md", "# FAQ\n\nAnswers to common questions.\n")
        let stale = try repository.run(["check"])
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("llms.txt"))
        let applied = try repository.run(["apply"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(try String(contentsOfFile: repository.path + "/llms.txt", encoding: .utf8).contains("[FAQ](docs/faq.md)"))
        #expect(try repository.run(["check"]).status == 0)
    }
}
