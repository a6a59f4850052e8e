import Foundation
import Testing
@testable import RulesmithKit

/// `rulesmith lint` end to end on real files: discovery, configuration, fixes, bad input.
@Suite(.serialized)
struct LintRunnerTests {
    @Test func lintsAFolderAndFindsKinds() throws {
        let directory = try TemporaryDirectory()
        try directory.write("llms.txt", "# Project\n\n> Summary.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md): setup\n")
        try directory.write("CLAUDE.md", "# Rules\n\n- Run the tests.\n")
        try directory.write("notes.md", "# Not a rules file\n")
        var request = LintRequest()
        request.paths = [directory.path]
        let outcome = try LintRunner().run(request)
        #expect(outcome.reports.map(\.kind).sorted() == [.claudeMd, .llmsTxt])
        #expect(outcome.reports.allSatisfy { $0.path.hasPrefix("/") || $0.path.hasPrefix(".") || !$0.path.isEmpty })
    }

    @Test func configurationFromAParentFolderApplies() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".rulesmith.yml", "lint:\n  strict: true\n")
        try directory.write("sub/llms.txt", "# P\n\n> S.\n")
        var request = LintRequest()
        request.paths = [directory.path + "/sub/llms.txt"]
        let outcome = try LintRunner().run(request)
        #expect(outcome.strict)
    }

    @Test func badConfigurationIsAnExitTwoErrorNamingTheLine() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".rulesmith.yml", "lint:\n  rulez: {}\n")
        try directory.write("llms.txt", "# P\n")
        var request = LintRequest()
        request.paths = [directory.path + "/llms.txt"]
        do {
            _ = try LintRunner().run(request)
            Issue.record("expected a configuration error")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.message.contains(".rulesmith.yml:2:3: unknown key 'rulez'"))
        }
    }

    @Test func missingAndUnknownFilesAreExitTwo() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes.txt", "x")
        for path in [directory.path + "/missing.txt", directory.path + "/notes.txt"] {
            var request = LintRequest()
            request.paths = [path]
            #expect(throws: RulesmithError.self) { try LintRunner().run(request) }
        }
    }

    @Test func symlinkLoopIsAClearError() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/a", withDestinationPath: directory.path + "/b")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/b", withDestinationPath: directory.path + "/a")
        var request = LintRequest()
        request.paths = [directory.path + "/a"]
        request.kind = .llmsTxt
        do {
            _ = try LintRunner().run(request)
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("symbolic link"))
        }
    }

    @Test func atomicWriteKeepsModeAndRefusesToLeaveTheRoot() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("repo/file.md", "old")
        chmod(path, 0o600)
        try AtomicFile.write(Array("new".utf8), to: path, scope: .inside(directory.path + "/repo"))
        #expect(try directory.read("repo/file.md") == "new")
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        try directory.write("outside.md", "keep")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/repo/link.md", withDestinationPath: directory.path + "/outside.md")
        #expect(throws: RulesmithError.self) {
            try AtomicFile.write(Array("evil".utf8), to: directory.path + "/repo/link.md", scope: .inside(directory.path + "/repo"))
        }
        #expect(try directory.read("outside.md") == "keep")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/repo").filter { $0.hasPrefix(AtomicFile.temporaryPrefix) }
        #expect(leftovers.isEmpty)
    }

    /// The registry export's policy, now the one writer's: folders are created, and no symbolic
    /// link on the way is followed, not even one that stays under the destination.
    @Test func creatingUnderARootRefusesEveryLinkOnTheWay() throws {
        let directory = try TemporaryDirectory()
        try AtomicFile.write(Array("a".utf8), creating: "stacks/go/stack.yml", under: directory.path + "/export")
        #expect(try directory.read("export/stacks/go/stack.yml") == "a")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/export/linked", withDestinationPath: directory.path + "/export/stacks")
        #expect(throws: RulesmithError.self) {
            try AtomicFile.write(Array("b".utf8), creating: "linked/x.yml", under: directory.path + "/export")
        }
        #expect(throws: RulesmithError.self) {
            try AtomicFile.write(Array("b".utf8), creating: "../x.yml", under: directory.path + "/export")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/export/stacks/x.yml"))
    }

    @Test func simulatedFullDiskLeavesTheOldContent() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("file.md", "old")
        setenv("RULESMITH_SIMULATE_WRITE_FAILURE", "ENOSPC", 1)
        defer { unsetenv("RULESMITH_SIMULATE_WRITE_FAILURE") }
        do {
            try AtomicFile.write(Array("new".utf8), to: path, scope: .outsideRepository)
            Issue.record("expected a write failure")
        } catch {
            #expect(error.message.contains("no space left"))
        }
        #expect(try directory.read("file.md") == "old")
    }
}

/// The configuration's ignore globs apply to folders and to files named on the command line.
@Suite(.serialized)
struct LintIgnoreTests {
    @Test func ignoreGlobsAreRelativeToTheConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".rulesmith.yml", "lint:\n  ignore:\n    - vendor/**\n")
        try directory.write("vendor/lib/AGENTS.md", "# Vendored\n")
        try directory.write("sub/vendor/AGENTS.md", "# Not vendored: the glob is anchored at the config\n")
        try directory.write("AGENTS.md", "# Ours\n")
        for paths in [[directory.path], [directory.path + "/sub", directory.path + "/vendor"]] {
            var request = LintRequest()
            request.paths = paths
            let outcome = try inDirectory(directory.path) { try LintRunner().run(request) }
            let linted = outcome.reports.map(\.path).filter { $0.contains("vendor") }
            #expect(linted.count == 1 && linted[0].hasSuffix("sub/vendor/AGENTS.md"), "\(paths): \(outcome.reports.map(\.path))")
        }
        var explicit = LintRequest()
        explicit.paths = [directory.path + "/vendor/lib/AGENTS.md"]
        #expect(try LintRunner().run(explicit).reports.isEmpty)
    }

    /// A bare folder name covers the files inside it wherever the scan starts: from the
    /// configuration's folder (pruned while walking), from a folder below it, or for a file named
    /// on the command line.
    @Test func aFolderNameCoversItsFilesFromEveryStart() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".rulesmith.yml", "lint:\n  ignore:\n    - vendor\n")
        try directory.write("sub/vendor/AGENTS.md", "# Vendored\n")
        try directory.write("sub/AGENTS.md", "# Ours\n")
        for paths in [[directory.path], [directory.path + "/sub"], [directory.path + "/sub/vendor/AGENTS.md", directory.path + "/sub/AGENTS.md"]] {
            var request = LintRequest()
            request.paths = paths
            let outcome = try inDirectory(directory.path) { try LintRunner().run(request) }
            #expect(outcome.reports.map(\.path).allSatisfy { !$0.contains("vendor") }, "\(paths): \(outcome.reports.map(\.path))")
            #expect(outcome.reports.count == 1)
        }
    }
}
