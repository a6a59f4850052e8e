import Foundation
import RulesmithKit
import RulesmithTemplates
import Testing

/// `init` in real temporary git repositories: empty, with hand-written rules files, dirty.
struct BootstrapTests {
    @Test func emptyRepositoryGetsConfigFilesAndLock() throws {
        let fixture = try WorkflowFixture()
        let revision = try fixture.importTemplates()
        try fixture.writeFile("demo.toml", "name = 'x'\n")
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.yes = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.exitCode == 0)
        #expect(result.output.contains("demo (Demo stack): file demo.toml"), "evidence shown: \(result.output)")
        let config = try fixture.read(".rulesmith.yml")
        #expect(config.contains("stacks: [demo]"))
        #expect(config.contains("revision: \(revision)"))
        #expect(config.contains("project_name: \"repo\""))
        let lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: ".rulesmith.lock")
        #expect(lock.revision == revision)
        #expect(!lock.files.isEmpty)
        for entry in lock.files {
            let bytes = Array(try fixture.read(entry.path).utf8)
            #expect(GitBlobID.of(bytes) == entry.blob, "\(entry.path) holds what the lock says")
        }
        // Per-rule targets hold one rule each; together the files hold the stack's rules.
        #expect(Set(lock.files.flatMap(\.rules)).isSuperset(of: ["base/commits", "demo/style"]))
        #expect(try fixture.states().values.allSatisfy { $0 == "up-to-date" })
    }

    @Test func renderedFilesMatchTheRenderer() throws {
        let fixture = try WorkflowFixture()
        let revision = try fixture.importTemplates()
        try fixture.bootstrap()
        let service = try RegistryService.open(explicitPath: fixture.registry)
        let all = try service.registry.stacks(at: Int64(revision))
        let chain = try StackResolver.resolve(["demo"], in: Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }))
        let files = try TargetRenderer.render(RenderInput(
            chain: chain, targets: ["agents", "claude"], variables: ["project_name": "repo"]))
        for file in files {
            #expect(Array(try fixture.read(file.path).utf8) == file.contents, "\(file.path) as TargetRenderer renders it")
        }
    }

    @Test func handWrittenFilesAreKeptAndGetAManagedBlock() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        let mine = "# Our agents guide\n\nWe deploy on Fridays only with a rollback plan.\n"
        try fixture.writeFile("AGENTS.md", mine)
        try fixture.commitAll()
        let result = try fixture.bootstrap()
        #expect(result.exitCode == 0)
        #expect(result.output.contains("added block 'agents' to AGENTS.md"), "\(result.output)")
        let text = try fixture.read("AGENTS.md")
        #expect(text.hasPrefix(mine), "the user's text stays first, byte for byte")
        #expect(text.contains("\n\n<!-- rulesmith:begin agents -->\n"))
        #expect(text.contains("Rule one: name things for what they do."))
        #expect(text.hasSuffix("<!-- rulesmith:end agents -->\n"))
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
        // A second apply changes nothing, and the user's text outside the block is theirs to edit.
        try fixture.writeFile("AGENTS.md", text.replacingOccurrences(of: "Fridays", with: "Tuesdays"))
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
    }

    @Test func existingBlockIsFilledAndTextAroundItKept() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("AGENTS.md", "# Guide\n\n<!-- rulesmith:begin agents -->\n<!-- rulesmith:end agents -->\n\n## Ours\n\nKeep this.\n")
        try fixture.bootstrap()
        let text = try fixture.read("AGENTS.md")
        #expect(text.hasPrefix("# Guide\n\n<!-- rulesmith:begin agents -->\n"))
        #expect(text.contains("Rule one: name things for what they do."))
        #expect(text.hasSuffix("<!-- rulesmith:end agents -->\n\n## Ours\n\nKeep this.\n"))
    }

    @Test func dirtyRepositoryCommitHoldsOnlyRulesmithFiles() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("src/main.txt", "v1\n")
        try fixture.commitAll("first")
        try fixture.writeFile("src/main.txt", "v2, not committed\n")
        try fixture.writeFile("notes.txt", "untracked\n")
        let result = try fixture.bootstrap(commit: true)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("committed"))
        let committed = Set(try fixture.git("show", "--name-only", "--format=", "HEAD").split(separator: "\n").map(String.init))
        let lock = try Lockfile.parse(Array(try fixture.read(".rulesmith.lock").utf8), path: ".rulesmith.lock")
        #expect(committed == Set([".rulesmith.yml", ".rulesmith.lock"] + lock.files.map(\.path)))
        #expect(committed.contains("AGENTS.md"))
        let status = try fixture.git("status", "--porcelain")
        #expect(status.contains(" M src/main.txt"))
        #expect(status.contains("?? notes.txt"))
        for entry in lock.files { #expect(!status.contains(entry.path), "\(entry.path) left uncommitted") }
        #expect(try fixture.git("log", "-1", "--format=%an <%ae>") == "Test User <test@example.com>")
    }

    @Test func commitOnANewBranch() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("README.md", "hi\n")
        try fixture.commitAll("first")
        let result = try fixture.bootstrap(commit: true, branch: "rulesmith/bootstrap")
        #expect(result.output.contains("on the new branch rulesmith/bootstrap"))
        #expect(try fixture.git("rev-parse", "--abbrev-ref", "HEAD") == "rulesmith/bootstrap")
        #expect(try fixture.git("log", "--format=%s", "main") == "first")
        #expect(try fixture.git("status", "--porcelain").isEmpty)
    }

    @Test func stagedChangesRefuseCommitBeforeWriting() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("README.md", "hi\n")
        try fixture.commitAll("first")
        try fixture.writeFile("README.md", "staged edit\n")
        try fixture.git("add", "README.md")
        let before = try fixture.snapshot()
        let error = expectWorkflowFailure { try fixture.bootstrap(commit: true) }
        #expect(error?.exitCode == 2)
        #expect(error?.message.contains("README.md: you have staged changes") == true)
        #expect(try fixture.snapshot() == before, "nothing written")
    }

    @Test func userEditedGeneratedFileStaysOutOfTheCommit() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("AGENTS.md", "# Mine, never committed\n")
        try fixture.writeFile("README.md", "hi\n")
        try fixture.git("add", "README.md")
        try fixture.git("commit", "-q", "-m", "first")
        let result = try fixture.bootstrap(commit: true)
        #expect(result.output.contains("left AGENTS.md out of the commit"))
        let committed = try fixture.git("show", "--name-only", "--format=", "HEAD")
        #expect(!committed.contains("AGENTS.md"))
        #expect(try fixture.read("AGENTS.md").hasPrefix("# Mine, never committed\n"))
    }

    @Test func dryRunWritesNothing() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.writeFile("AGENTS.md", "# Mine\n")
        let before = try fixture.snapshot()
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["demo"]
        options.dryRun = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.output.contains("+++ b/.rulesmith.yml"))
        #expect(result.output.contains("+<!-- rulesmith:begin agents -->"))
        #expect(result.output.contains("nothing was written"))
        #expect(try fixture.snapshot() == before)
    }

    @Test func withoutATerminalInitNeedsYes() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["demo"]
        let error = expectWorkflowFailure { try Bootstrap.run(directory: fixture.repository, options: options) }
        #expect(error?.exitCode == 2)
        #expect(error?.message.contains("pass <yes> to write the files") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.path(".rulesmith.yml")))
        let declined = try Bootstrap.run(
            directory: fixture.repository, options: options, interaction: .init(isTerminal: true, confirm: { _ in false }))
        #expect(declined.exitCode == 0)  // a "no" is a choice, not a failure (issue 19)
        #expect(declined.text() == "nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: fixture.path(".rulesmith.yml")))
        let accepted = try Bootstrap.run(
            directory: fixture.repository, options: options, interaction: .init(isTerminal: true, confirm: { plan in plan.contains("AGENTS.md") }))
        #expect(accepted.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.path(".rulesmith.lock")))
    }

    @Test func secondInitIsRefused() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        try fixture.bootstrap()
        let error = expectWorkflowFailure { try fixture.bootstrap() }
        #expect(error?.message.contains("already bootstrapped") == true)
    }

    @Test func hookIsInstalledAndAForeignHookRefusedBeforeWriting() throws {
        let fixture = try WorkflowFixture()
        try fixture.importTemplates()
        var options = Bootstrap.Options()
        options.registry = fixture.registry
        options.stacks = ["demo"]
        options.yes = true
        options.hook = true
        let foreign = "#!/bin/sh\necho ours\n"
        try fixture.writeFile(".git/hooks/pre-commit", foreign)
        let before = try fixture.snapshot()
        let error = expectWorkflowFailure { try Bootstrap.run(directory: fixture.repository, options: options) }
        // init's own option, not the installer's `hook install --chain` (a user typing that got a usage error).
        #expect(error?.message.contains("pass <chainHook> to keep it") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("<chain>") == false)
        #expect(try fixture.snapshot() == before, "refused before anything was written")
        options.chainHook = true
        let result = try Bootstrap.run(directory: fixture.repository, options: options)
        #expect(result.output.contains("installed the pre-commit hook"))
        #expect(try fixture.read(".git/hooks/pre-commit").contains("rulesmith"))
        #expect(try fixture.read(".git/hooks/pre-commit.rulesmith-chained") == foreign)
        #expect(FileManager.default.fileExists(atPath: fixture.path(".rulesmith.lock")))
    }

    @Test func worksWithoutGit() throws {
        let fixture = try WorkflowFixture(gitInit: false)
        try fixture.importTemplates()
        #expect(try fixture.bootstrap().exitCode == 0)
        #expect(try fixture.states()["AGENTS.md"] == "up-to-date")
        let error = expectWorkflowFailure { try fixture.apply(commit: true) }
        #expect(error?.message.contains("needs a git repository") == true)
    }
}
