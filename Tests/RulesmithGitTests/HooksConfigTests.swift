// Hook directory resolution (default, relative, absolute, `~`, bare, linked worktree), config
// reads and writes, and commit identities from config and environment.

import Foundation
import RulesmithGit
import Testing

@Suite struct HooksTests {
    @Test func defaultRelativeAbsoluteAndTilde() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        #expect(try repo.hooksDirectory() == root + "/.git/hooks")

        try git("config", "core.hooksPath", ".githooks", in: root)
        #expect(try repo.hooksDirectory() == root + "/.githooks")
        // Relative to the work tree root even when opened from a subfolder.
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        #expect(try GitRepository.discover(from: root + "/sub", environment: [:]).hooksDirectory() == root + "/.githooks")

        try git("config", "core.hooksPath", "/opt/hooks", in: root)
        #expect(try repo.hooksDirectory() == "/opt/hooks")
        try git("config", "core.hooksPath", "~/hooks", in: root)
        #expect(try repo.hooksDirectory(environment: ["HOME": "/home/tester"]) == "/home/tester/hooks")
        try git("config", "core.hooksPath", "~root/hooks", in: root)
        #expect(try repo.hooksDirectory() == (try rootHome()) + "/hooks")
    }

    @Test func bareRepositoryIsRelativeToGitDirectory() throws {
        let scratch = try Scratch()
        let bare = scratch.sub("bare.git")
        try git("init", "-q", "--bare", bare, in: "/")
        let repo = try GitRepository.open(bare)
        #expect(try repo.hooksDirectory() == bare + "/hooks")
        try git("config", "core.hooksPath", "custom", in: bare)
        #expect(try repo.hooksDirectory() == bare + "/custom")
    }

    @Test func linkedWorktreeSharesTheCommonHooks() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let tree = scratch.sub("tree")
        try git("worktree", "add", "-q", "-b", "wt", tree, in: root)
        let repo = try GitRepository.open(tree)
        #expect(repo.isLinkedWorktree)
        #expect(repo.workdir == tree)
        #expect(repo.gitDirectory == root + "/.git/worktrees/tree")
        #expect(repo.commonDirectory == root + "/.git")
        #expect(try repo.head().branchName == "wt")
        #expect(try repo.hooksDirectory() == root + "/.git/hooks")
        try git("config", "core.hooksPath", ".githooks", in: root)
        #expect(try repo.hooksDirectory() == tree + "/.githooks")
        // git itself agrees on the directory it would run hooks from.
        #expect(try git("rev-parse", "--git-common-dir", in: tree) == root + "/.git")
    }

    private func rootHome() throws -> String {
        guard let entry = getpwnam("root"), let dir = entry.pointee.pw_dir else { throw TestFailure("no root user") }
        return String(cString: dir)
    }
}

@Suite struct ConfigSignatureTests {
    @Test func configStringBoolAndWrites() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        try git("config", "rulesmith.flag", "yes", in: root)
        try git("config", "rulesmith.name", "value with spaces", in: root)
        let repo = try GitRepository.open(root)
        #expect(try repo.config(bool: "rulesmith.flag") == true)
        #expect(try repo.config(string: "rulesmith.name") == "value with spaces")
        #expect(try repo.config(string: "rulesmith.missing") == nil)
        #expect(try repo.config(bool: "rulesmith.missing") == nil)
        #expect(throws: GitError.self) { try repo.config(bool: "rulesmith.name") }

        try repo.setConfig("rulesmith.written", string: "w")
        try repo.setConfig("rulesmith.enabled", bool: false)
        #expect(try git("config", "--local", "rulesmith.written", in: root) == "w")
        #expect(try git("config", "--local", "--bool", "rulesmith.enabled", in: root) == "false")
        try repo.unsetConfig("rulesmith.written")
        try repo.unsetConfig("rulesmith.written")
        #expect(try repo.config(string: "rulesmith.written") == nil)
    }

    @Test func signatureFromConfig() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        try git("config", "user.name", "Config Name", in: root)
        try git("config", "user.email", "config@example.com", in: root)
        let author = try repo.signature(environment: [:])
        #expect(author == GitSignature(name: "Config Name", email: "config@example.com"))
        try git("config", "committer.name", "Committer Override", in: root)
        #expect(try repo.signature(.committer, environment: [:]).name == "Committer Override")
        #expect(try repo.signature(.author, environment: [:]).name == "Config Name")
    }

    @Test func environmentWinsOverConfig() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        try git("config", "user.name", "Config Name", in: root)
        try git("config", "user.email", "config@example.com", in: root)
        let repo = try GitRepository.open(root)
        let env = [
            "GIT_AUTHOR_NAME": "Env Author", "GIT_AUTHOR_DATE": "@1700000000 +0130",
            "GIT_COMMITTER_EMAIL": "committer@example.com", "GIT_COMMITTER_DATE": "2023-11-14T22:13:20Z",
        ]
        let author = try repo.signature(.author, environment: env)
        #expect(author == GitSignature(name: "Env Author", email: "config@example.com", time: 1_700_000_000, offsetMinutes: 90))
        let committer = try repo.signature(.committer, environment: env)
        #expect(committer == GitSignature(name: "Config Name", email: "committer@example.com", time: 1_700_000_000, offsetMinutes: 0))
        #expect(try repo.signature(environment: ["GIT_AUTHOR_DATE": "2023-11-15 00:13:20 +0200"]).time == 1_700_000_000)
        #expect(try repo.signature(environment: ["GIT_AUTHOR_DATE": "1700000000 -0500"]).offsetMinutes == -300)
        do {
            _ = try repo.signature(environment: ["GIT_AUTHOR_DATE": "yesterday"])
            Issue.record("an unreadable date should be refused")
        } catch {
            #expect(error.reason == .invalidArgument && error.operation.contains("GIT_AUTHOR_DATE"))
        }

        // A commit made with these signatures records them as git would.
        try write("x\n", to: root + "/x.md")
        try repo.add(["x.md"])
        _ = try repo.commit(message: "env", author: author, committer: committer)
        #expect(try git("log", "-1", "--format=%an|%ae|%ad|%cn|%ce|%cd", "--date=raw", in: root)
            == "Env Author|config@example.com|1700000000 +0130|Config Name|committer@example.com|1700000000 +0000")
    }

    @Test func missingIdentityNamesTheKey() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        do {
            _ = try repo.signature(environment: [:])
            Issue.record("no identity is configured")
        } catch {
            #expect(error.reason == .missingIdentity(key: "user.name"))
            #expect(error.message.contains("user.name"))
        }
        try git("config", "user.name", "Only Name", in: root)
        do {
            _ = try repo.signature(environment: [:])
            Issue.record("no e-mail is configured")
        } catch {
            #expect(error.reason == .missingIdentity(key: "user.email"))
            #expect(error.description.contains("user.email"))
        }
        #expect(try repo.signature(environment: ["EMAIL": "fallback@example.com"]).email == "fallback@example.com")
    }
}
