import Foundation
import RulesmithLint
import Testing
@testable import RulesmithKit

/// `lint --staged` and `hook run` read the index, not the work tree: partial staging, which files
/// count as staged, path filters, the staged configuration, and the index as a workspace.
@Suite struct StagedLintTests {
    /// RS002 (a suppression naming an unknown rule) raised to error: a finding that stays stable
    /// as the catalogue grows.
    static let config = "lint:\n  rules:\n    RS002: error\n"
    static let good = "# Rules\n\n- Run the tests.\n"
    static let bad = "# Rules\n\n- Run the tests.\n<!-- rulesmith-disable-next-line NOPE999 -->\n- Keep it short.\n"

    func lint(_ fixture: GitFixture, paths: [String] = [], environment: [String: String] = [:], in directory: String? = nil) throws -> StagedLintResult {
        let directory = directory ?? fixture.root
        let snapshot = try StagedSnapshot(from: directory, environment: environment)
        var request = LintRequest()
        request.staged = true
        request.paths = paths
        return try LintRunner().runStaged(request, in: snapshot, workingDirectory: directory)
    }

    @Test func judgesTheStagedTextNotTheWorkTree() throws {
        let fixture = try GitFixture(files: [".rulesmith.yml": Self.config, "README.md": "x\n"])
        try fixture.write("CLAUDE.md", Self.bad)
        try fixture.git("add", "CLAUDE.md")
        try fixture.write("CLAUDE.md", Self.good)
        let result = try lint(fixture)
        #expect(result.files.map(\.path) == ["CLAUDE.md"])
        let diagnostics = result.outcome.reports.flatMap(\.diagnostics)
        #expect(diagnostics.map(\.ruleID) == ["RS002"])
        #expect(diagnostics.first?.path == "CLAUDE.md")
        #expect(diagnostics.first?.start.line == 4)
        #expect(result.outcome.exitCode == 1)

        // The opposite: a bad work tree with a good staged text passes.
        try fixture.write("CLAUDE.md", Self.good)
        try fixture.git("add", "CLAUDE.md")
        try fixture.write("CLAUDE.md", Self.bad)
        #expect(try lint(fixture).outcome.exitCode == 0)
    }

    @Test func onlyFilesTheCommitAddsOrChangesCount() throws {
        let fixture = try GitFixture(files: [
            ".rulesmith.yml": Self.config, "AGENTS.md": Self.bad, "docs/llms.txt": "# P\n\n> S.\n", "gone/CLAUDE.md": Self.good,
            "src/main.swift": "print(1)\n",
        ])
        // Committed but unchanged (even if bad) is not this commit's business.
        #expect(try lint(fixture).files.isEmpty)
        try fixture.write("docs/llms.txt", "# P\n\n> Changed.\n")
        try fixture.write(".cursor/rules/new.mdc", "---\ndescription: x\n---\nbody\n")
        try fixture.write("notes.md", "not a rules file\n")
        try fixture.write("src/main.swift", "print(2)\n")
        try fixture.git("rm", "-q", "gone/CLAUDE.md")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/CLAUDE.md", withDestinationPath: "AGENTS.md")
        try fixture.git("add", "-A")
        // The new link CLAUDE.md is what Claude Code loads: it is linted through the staged
        // AGENTS.md it leads to, under its own name (AGENTS.md itself is unchanged).
        let files = try lint(fixture).files
        #expect(files.map(\.path) == [".cursor/rules/new.mdc", "CLAUDE.md", "docs/llms.txt"])
        #expect(files.map(\.kind) == [.cursorMdc, .claudeMd, .llmsTxt])
        #expect(files.map(\.linkTarget) == [nil, "AGENTS.md", nil])
    }

    /// Past `StagedSnapshot.headWalkThreshold` staged rules files, HEAD is read in one walk of
    /// its trees instead of a lookup per path: the changed files must be the same either way
    /// (unchanged, edited, added, a file where HEAD has a folder, nested folders).
    @Test func manyRulesFilesAreComparedWithHeadInOneWalk() throws {
        var files: [String: String] = ["README.md": "x\n", "was-a-folder/AGENTS.md": Self.good]
        for index in 0..<(StagedSnapshot.headWalkThreshold + 6) {
            files["packages/p\(index % 7)/pkg\(index)/AGENTS.md"] = Self.good
        }
        let fixture = try GitFixture(files: files)
        try fixture.write("packages/p1/pkg1/AGENTS.md", Self.bad)
        try fixture.write("packages/p3/pkg10/AGENTS.md", Self.bad)
        try fixture.write("packages/p2/new/CLAUDE.md", Self.good)
        try fixture.git("rm", "-q", "-r", "was-a-folder")
        try fixture.write("was-a-folder", "now a file\n")
        try fixture.write("AGENTS.md", Self.good)
        try fixture.git("add", "-A")
        let expected = ["AGENTS.md", "packages/p1/pkg1/AGENTS.md", "packages/p2/new/CLAUDE.md", "packages/p3/pkg10/AGENTS.md"]
        let walked = try StagedSnapshot(from: fixture.root, environment: [:])
        #expect(try walked.changedFiles().map(\.path) == expected)
        // The same question asked path by path (below the threshold) gives the same answers.
        let looked = try StagedSnapshot(from: fixture.root, environment: [:])
        let answers = try walked.entries.map { try looked.isChanged($0.path, oid: $0.oid) }
        try walked.readHeadFiles()
        #expect(try walked.entries.map { try walked.isChanged($0.path, oid: $0.oid) } == answers)
        #expect(answers.filter { $0 }.count == expected.count + 1)
    }

    @Test func firstCommitLintsEverythingStaged() throws {
        let fixture = try GitFixture()
        try fixture.write("AGENTS.md", Self.good)
        try fixture.write("llms.txt", "# P\n\n> S.\n")
        try fixture.git("add", "-A")
        #expect(try lint(fixture).files.map(\.path) == ["AGENTS.md", "llms.txt"])
    }

    @Test func pathsFilterAndDisplayRelativeToTheWorkingDirectory() throws {
        let fixture = try GitFixture(files: ["README.md": "x\n"])
        try fixture.write("AGENTS.md", Self.good)
        try fixture.write("pkg/AGENTS.md", Self.good)
        try fixture.write("pkg/sub/CLAUDE.md", Self.good)
        try fixture.git("add", "-A")
        let pkg = fixture.root + "/pkg"
        let fromPkg = try lint(fixture, paths: ["."], in: pkg)
        #expect(fromPkg.outcome.reports.map(\.path) == ["AGENTS.md", "sub/CLAUDE.md"])
        #expect(try lint(fixture, paths: ["sub"], in: pkg).files.map(\.path) == ["pkg/sub/CLAUDE.md"])
        #expect(try lint(fixture, paths: [fixture.root + "/AGENTS.md"], in: pkg).outcome.reports.map(\.path) == [fixture.root + "/AGENTS.md"])
        #expect(try lint(fixture, paths: [fixture.root]).files.count == 3)
        #expect(throws: RulesmithError.self) { try lint(fixture, paths: [fixture.scratch]) }
    }

    @Test func theStagedConfigurationWinsOverTheWorkTreeOne() throws {
        let fixture = try GitFixture(files: ["README.md": "x\n"])
        try fixture.write(".rulesmith.yml", Self.config)
        try fixture.write("AGENTS.md", Self.bad)
        try fixture.git("add", "-A")
        try fixture.write(".rulesmith.yml", "lint:\n  rules:\n    RS002: off\n")
        #expect(try lint(fixture).outcome.exitCode == 1)
        try fixture.git("add", ".rulesmith.yml")
        #expect(try lint(fixture).outcome.exitCode == 0)
        // Not in the index: the work-tree file applies.
        try fixture.git("rm", "-q", "--cached", ".rulesmith.yml")
        try fixture.write(".rulesmith.yml", Self.config)
        #expect(try lint(fixture).outcome.exitCode == 1)
        try fixture.write(".rulesmith.yml", "lint:\n  rulez: {}\n")
        try fixture.git("add", ".rulesmith.yml")
        do {
            _ = try lint(fixture)
            Issue.record("expected a configuration error")
        } catch let error as RulesmithError {
            #expect(error.exitCode == 2)
            #expect(error.message.contains(".rulesmith.yml:2:3: unknown key 'rulez'"))
        }
    }

    @Test func ignoreGlobsAndFixAreHandled() throws {
        let fixture = try GitFixture(files: [".rulesmith.yml": Self.config + "  ignore:\n    - vendor/**\n"])
        try fixture.write("vendor/x/AGENTS.md", Self.bad)
        try fixture.git("add", "-A")
        #expect(try lint(fixture).files.isEmpty)
        let snapshot = try StagedSnapshot(from: fixture.root, environment: [:])
        var request = LintRequest()
        request.staged = true
        request.fix = true
        #expect(throws: RulesmithError.self) { try LintRunner().runStaged(request, in: snapshot, workingDirectory: fixture.root) }
    }

    /// `lint --staged` (and so the hook) reads `lint.ignore` as `lint` does: a bare folder name
    /// covers everything under it at any depth, braces expand, an anchored glob stays anchored.
    @Test func ignoreGlobsReadAsLintReadsThem() throws {
        let ignore = "  ignore:\n    - vendor\n    - \"{gen,build}/**\"\n    - /top/AGENTS.md\n"
        let fixture = try GitFixture(files: [".rulesmith.yml": Self.config + ignore])
        for path in ["vendor/AGENTS.md", "a/vendor/b/CLAUDE.md", "gen/AGENTS.md", "build/x/AGENTS.md", "top/AGENTS.md", "kept/top/AGENTS.md"] {
            try fixture.write(path, Self.bad)
        }
        try fixture.git("add", "-A")
        #expect(try lint(fixture).files.map(\.path) == ["kept/top/AGENTS.md"])
        var request = LintRequest()
        request.paths = [fixture.root]
        let unstaged = try LintRunner().run(request).reports.map(\.path).filter { $0.hasSuffix(".md") }
        #expect(unstaged.map { String($0.dropFirst(fixture.root.count + 1)) } == ["kept/top/AGENTS.md"])
    }

    @Test func temporaryIndexFromTheEnvironmentIsWhatCounts() throws {
        let fixture = try GitFixture(files: [".rulesmith.yml": Self.config, "AGENTS.md": Self.good])
        try fixture.write("AGENTS.md", Self.bad)
        let index = fixture.scratch + "/next-index"
        try fixture.git("add", "AGENTS.md", env: ["GIT_INDEX_FILE": index])
        #expect(try lint(fixture).files.isEmpty)
        #expect(try lint(fixture, environment: ["GIT_INDEX_FILE": index]).outcome.exitCode == 1)
    }

    @Test func indexWorkspaceSeesWhatTheCommitHolds() throws {
        let fixture = try GitFixture(files: ["docs/guide.md": "guide\n", "docs/a/b.md": "b\n", "docs-other.md": "o\n"])
        try fixture.write("untracked.md", "u\n")
        try fixture.write("docs/guide.md", "work tree edit\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/link.md", withDestinationPath: "docs/guide.md")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/away.md", withDestinationPath: "../outside.md")
        try fixture.git("add", "link.md", "away.md")
        let workspace = try StagedSnapshot(from: fixture.root, environment: [:]).workspace
        #expect(workspace.entry(at: "docs/guide.md") == .file)
        #expect(workspace.entry(at: "./docs/../docs/guide.md") == .file)
        #expect(workspace.entry(at: "docs") == .directory)
        #expect(workspace.entry(at: "docs/a") == .directory)
        #expect(workspace.entry(at: "doc") == .missing)
        #expect(workspace.entry(at: "untracked.md") == .missing)
        #expect(workspace.entry(at: "../x.md") == .outside)
        #expect(workspace.entry(at: "away.md") == .outside)
        #expect(workspace.read("docs/guide.md") == Array("guide\n".utf8))
        #expect(workspace.entry(at: "link.md") == .file)
        #expect(workspace.read("link.md") == Array("guide\n".utf8))
        #expect(workspace.read("untracked.md") == nil)
    }

    @Test func driftCheckRunsOnlyWithALockAndWhenEnabled() throws {
        struct Recording: HookDriftCheck {
            func check(_ snapshot: StagedSnapshot, lock: [UInt8], configuration: ProjectConfiguration) throws(RulesmithError) -> [HookDriftFinding] {
                [HookDriftFinding(path: "AGENTS.md", message: "hand edit not adopted (lock \(lock.count) bytes)")]
            }
            func check(paths: [String], lock: [UInt8], read: (String) -> [UInt8]?) throws(RulesmithError) -> [HookDriftFinding] { [] }
        }
        let fixture = try GitFixture(files: ["AGENTS.md": Self.good])
        let runner = HookRunner(driftCheck: Recording())
        #expect(try runner.run(workingDirectory: fixture.root, environment: [:]).drift.isEmpty)
        try fixture.write(".rulesmith.lock", "{}\n")
        let outcome = try runner.run(workingDirectory: fixture.root, environment: [:])
        #expect(outcome.drift == [HookDriftFinding(path: "AGENTS.md", message: "hand edit not adopted (lock 3 bytes)")])
        #expect(outcome.exitCode == 1)
        #expect(outcome.advice.hasPrefix("AGENTS.md: hand edit not adopted"))
        #expect(outcome.advice.hasSuffix("  bypass: git commit --no-verify\n"))
        try fixture.write(".rulesmith.yml", "hook:\n  check-drift: false\n")
        #expect(try runner.run(workingDirectory: fixture.root, environment: [:]).exitCode == 0)
    }

    @Test func adviceNamesTheBlockingFilesFixThenBypass() throws {
        let fixture = try GitFixture(files: [".rulesmith.yml": Self.config, "README.md": "x\n"])
        try fixture.write("my docs/AGENTS.md", Self.bad)
        try fixture.write("CLAUDE.md", Self.good)
        try fixture.git("add", "-A")
        let outcome = try HookRunner().run(workingDirectory: fixture.root, environment: [:])
        #expect(outcome.exitCode == 1)
        #expect(outcome.blockingPaths == ["my docs/AGENTS.md"])
        let lines = outcome.advice.split(separator: "\n").map(String.init)
        #expect(lines == [
            "rulesmith: commit blocked by 1 error in the staged files",
            "  fix:    rulesmith lint <fix> 'my docs/AGENTS.md'  (and edit what it cannot fix), then: git add 'my docs/AGENTS.md'",
            "  bypass: git commit --no-verify",
        ])
    }
}
