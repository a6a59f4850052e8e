import Foundation
import Testing

/// The real pre-commit framework (pre-commit.com) against a repository whose
/// `.pre-commit-config.yaml` points at a git repository holding this project's
/// `.pre-commit-hooks.yaml`, with the `language: system` hook and the built binary on PATH.
/// CI installs pre-commit (`.ci/run`); when it is missing the test fails and says so.
@Suite(.serialized)
struct PreCommitFrameworkTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func preCommitExecutable() -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/pre-commit"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Points `repo` at a hooks repository holding this project's `.pre-commit-hooks.yaml` (as
    /// `repo:` would fetch it) with the `rulesmith-lint-system` hook, commits the configuration,
    /// and returns the environment that puts the built binary on PATH with a private cache.
    static func useFramework(in repo: HookRepository, args: [String] = []) throws -> [String: String] {
        let hooksRepo = repo.scratch + "/hooks-repo"
        try FileManager.default.createDirectory(atPath: hooksRepo, withIntermediateDirectories: true)
        try repo.write(hooksRepo + "/.pre-commit-hooks.yaml", try String(contentsOfFile: packageRoot + "/.pre-commit-hooks.yaml", encoding: .utf8))
        try repo.git("init", "-q", "-b", "main", in: hooksRepo)
        try repo.git("add", "-A", in: hooksRepo)
        try repo.git("commit", "-qm", "hooks", in: hooksRepo)
        let rev = try repo.git("rev-parse", "HEAD", in: hooksRepo).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.write(".pre-commit-config.yaml", """
            repos:
              - repo: \(hooksRepo)
                rev: \(rev)
                hooks:
                  - id: rulesmith-lint-system
            \(args.isEmpty ? "" : "        args: [\(args.joined(separator: ", "))]\n")
            """)
        try repo.git("add", ".pre-commit-config.yaml")
        try repo.git("commit", "-qm", "pre-commit config")
        return [
            "PATH": Rulesmith.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "PRE_COMMIT_HOME": repo.root + "/.home/pre-commit-cache",
        ]
    }

    @Test func badFileIsBlockedAndGoodOnePasses() throws {
        guard let preCommit = Self.preCommitExecutable() else {
            Issue.record("pre-commit is not installed (not on PATH): install it with `python3 -m pip install pre-commit`, as .ci/run does")
            return
        }
        let repo = try HookRepository()
        let env = try Self.useFramework(in: repo)
        let install = try repo.run(preCommit, ["install"], env: env, allowFailure: true)
        #expect(install.status == 0, "\(install.output)")

        try repo.write("CLAUDE.md", HookRepository.bad)
        try repo.git("add", "CLAUDE.md")
        let blocked = try repo.commit("bad", env: env)
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("rulesmith lint (installed binary)"))
        #expect(blocked.output.contains("Failed"))
        #expect(blocked.output.contains("CLAUDE.md:4:1: error:"))
        #expect(repo.headSubject == "pre-commit config")

        try repo.write("CLAUDE.md", HookRepository.good)
        try repo.git("add", "CLAUDE.md")
        let passed = try repo.commit("good", env: env)
        #expect(passed.status == 0, "\(passed.output)")
        #expect(passed.output.contains("Passed"))
        #expect(repo.headSubject == "good")
    }

    /// `args: [--strict, --min-severity, error]` (issue 18, item 13): a warning neither shows nor
    /// blocks, even under --strict; an error still blocks.
    @Test func aHiddenWarningPassesAndAnErrorStillBlocks() throws {
        guard let preCommit = Self.preCommitExecutable() else {
            Issue.record("pre-commit is not installed (not on PATH): install it with `python3 -m pip install pre-commit`, as .ci/run does")
            return
        }
        let repo = try HookRepository()
        let env = try Self.useFramework(in: repo, args: ["--strict", "--min-severity", "error"])
        let install = try repo.run(preCommit, ["install"], env: env, allowFailure: true)
        #expect(install.status == 0, "\(install.output)")

        try repo.write("CLAUDE.md", HookLevelsTests.warningOnly)
        try repo.git("add", "CLAUDE.md")
        // Without the levels, --strict blocks on the warning.
        let unfiltered = try repo.rulesmith("hook", "run", "--strict", "CLAUDE.md")
        #expect(unfiltered.status == 1 && unfiltered.stdout.contains("[RF004]"), "\(unfiltered.output)")
        let passed = try repo.commit("warning only", env: env)
        #expect(passed.status == 0, "\(passed.output)")
        #expect(passed.output.contains("Passed"))
        #expect(repo.headSubject == "warning only")

        try repo.write("AGENTS.md", HookLevelsTests.warningAndError)
        try repo.git("add", "AGENTS.md")
        let blocked = try repo.commit("warning and error", env: env)
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("Failed"))
        #expect(blocked.output.contains("AGENTS.md:4:1: error:") && blocked.output.contains("[RS002]"), "\(blocked.output)")
        #expect(!blocked.output.contains("RF004") && !blocked.output.contains("warning:"), "\(blocked.output)")
        #expect(repo.headSubject == "warning only")
    }
}
