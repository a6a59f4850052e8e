// Fetch and push by URL without a configured remote (the path sync uses so libgit2 1.5.1's pcre2
// leak does not grow with the number of repositories), HEAD on an unborn branch, ancestry, commit
// info, and the identity read without a repository.

import Foundation
import RulesmithGit
import Testing

@Suite struct URLRemoteTests {
    private func bareRemote(in scratch: Scratch) throws -> String {
        let seed = scratch.sub("seed")
        try makeRepository(at: seed, files: ["AGENTS.md": "shared\n"])
        let remote = scratch.sub("remote.git")
        try git("clone", "-q", "--bare", seed, remote, in: scratch.path)
        return remote
    }

    @Test func initFetchResetCommitPushByURL() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let tip = try #require(GitOID(hex: try git("rev-parse", "main", in: remote)))
        let work = scratch.sub("cache")
        let repo = try GitRepository.initialize(at: work, initialBranch: "work")
        try repo.setHead(branch: "work")
        #expect(!repo.contains(tip))
        try repo.fetch(url: remote, refspecs: ["+refs/heads/main:refs/remotes/origin/main"])
        #expect(repo.contains(tip))
        #expect(try repo.revparse("refs/remotes/origin/main") == tip)
        try repo.resetHard(to: tip)
        #expect(try repo.head() == .branch(name: "work", oid: tip))
        #expect(try read(work + "/AGENTS.md") == "shared\n")

        try write("changed\n", to: work + "/AGENTS.md")
        try repo.add(["AGENTS.md"])
        try repo.writeIndex()
        let commit = try repo.commit(message: "change\n\nTrailer: yes", author: testAuthor)
        #expect(try repo.isDescendant(commit, of: tip))
        #expect(try !repo.isDescendant(tip, of: commit))
        #expect(try !repo.isDescendant(tip, of: tip))
        let info = try repo.commitInfo(commit)
        #expect(info.parents == [tip])
        #expect(info.message == "change\n\nTrailer: yes\n")

        try repo.push(url: remote, refspecs: ["refs/heads/work:refs/heads/rulesmith/sync"])
        #expect(try git("rev-parse", "rulesmith/sync", in: remote) == commit.hex)
        #expect(try git("rev-parse", "main", in: remote) == tip.hex)
        // A non-fast-forward by URL is the same distinct reason as by remote name.
        try repo.resetHard(to: tip)
        try write("other\n", to: work + "/AGENTS.md")
        try repo.add(["AGENTS.md"])
        try repo.writeIndex()
        _ = try repo.commit(message: "other", author: testAuthor)
        do {
            try repo.push(url: remote, refspecs: ["refs/heads/work:refs/heads/rulesmith/sync"])
            Issue.record("a non-fast-forward push should fail")
        } catch {
            guard case .nonFastForward = error.reason else {
                Issue.record("unexpected reason \(error.reason)")
                return
            }
        }
        #expect(try git("rev-parse", "rulesmith/sync", in: remote) == commit.hex)
    }

    @Test func pushByURLSeesAServerHookRejection() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        try write("#!/bin/sh\necho 'closed' >&2\nexit 1\n", to: remote + "/hooks/pre-receive")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: remote + "/hooks/pre-receive")
        let port = try freeLoopbackPort()
        let daemon = try startServer(try gitDaemonExecutable(), [
            "--reuseaddr", "--base-path=\(scratch.path)", "--export-all", "--enable=receive-pack",
            "--listen=127.0.0.1", "--port=\(port)", scratch.path,
        ], port: port, in: scratch.path)
        defer { stop(daemon) }
        let url = "git://127.0.0.1:\(port)/remote.git"
        let work = scratch.sub("cache")
        let repo = try GitRepository.initialize(at: work, initialBranch: "work")
        try repo.fetch(url: url, refspecs: ["+refs/heads/main:refs/remotes/origin/main"])
        try repo.resetHard(to: try repo.revparse("refs/remotes/origin/main"))
        try write("x\n", to: work + "/AGENTS.md")
        try repo.add(["AGENTS.md"])
        try repo.writeIndex()
        _ = try repo.commit(message: "x", author: testAuthor)
        do {
            try repo.push(url: url, refspecs: ["refs/heads/work:refs/heads/sync"])
            Issue.record("the hook should decline")
        } catch {
            #expect(error.reason == .pushRejected(ref: "refs/heads/sync", serverMessage: "pre-receive hook declined"))
        }
    }

    @Test func identityWithoutARepository() throws {
        TestEnvironment.setUp()
        let signature = try Git.signature(.author, environment: ["GIT_AUTHOR_NAME": "Env Name", "GIT_AUTHOR_EMAIL": "env@example.com"])
        #expect(signature == GitSignature(name: "Env Name", email: "env@example.com"))
        do {
            _ = try Git.signature(.author, environment: [:])
            Issue.record("no identity is configured in the isolated test config")
        } catch {
            #expect(error.reason == .missingIdentity(key: "user.name"))
        }
    }
}
