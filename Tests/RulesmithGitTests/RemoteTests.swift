// Remotes against real servers on this machine: clones from bare repositories (path, file://,
// empty), pushes checked with `git rev-parse` and `git fsck --strict`, a non-fast-forward push,
// a server-side hook rejection over git:// (git daemon), fetch and ls-remote. Credentials (the
// retry cap, who may receive them) are in CredentialRecipientTests.

import Foundation
import RulesmithGit
import Testing

@Suite struct RemoteTests {
    /// A bare remote holding one commit on `main`, made with the CLI.
    private func bareRemote(in scratch: Scratch, files: [String: String] = ["AGENTS.md": "shared\n"]) throws -> String {
        let seed = scratch.sub("seed")
        try makeRepository(at: seed, files: files)
        let remote = scratch.sub("remote.git")
        try git("clone", "-q", "--bare", seed, remote, in: scratch.path)
        return remote
    }

    @Test func cloneByPathAndFileURL() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let expected = try git("rev-parse", "main", in: remote)
        for (index, url) in [remote, "file://" + remote].enumerated() {
            let target = scratch.sub("clone\(index)")
            let clone = try GitRepository.clone(from: url, to: target)
            #expect(try clone.head() == .branch(name: "main", oid: try #require(GitOID(hex: expected))))
            #expect(try read(target + "/AGENTS.md") == "shared\n")
            #expect(try clone.remoteURL("origin") == url)
            #expect(try clone.branch(named: "origin/main", kind: .remote)?.target?.hex == expected)
            #expect(try clone.branch(named: "main")?.upstream == "origin/main")
        }
        let bare = try GitRepository.clone(from: remote, to: scratch.sub("bare-clone"), bare: true)
        #expect(bare.isBare)
    }

    @Test func cloneOfABranchAndOfAMissingRemote() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let seed = scratch.sub("seed")
        try git("checkout", "-q", "-b", "templates", in: seed)
        try write("t\n", to: seed + "/t.md")
        try git("add", "t.md", in: seed)
        try git("commit", "-qm", "t", in: seed)
        try git("push", "-q", remote, "templates", in: seed)
        let clone = try GitRepository.clone(from: remote, to: scratch.sub("c"), branch: "templates")
        #expect(try clone.head().branchName == "templates")
        #expect(throws: GitError.self) {
            try GitRepository.clone(from: scratch.sub("does-not-exist"), to: scratch.sub("d"))
        }
    }

    @Test func cloneEmptyRemoteThenPushFirstCommit() throws {
        let scratch = try Scratch()
        let remote = scratch.sub("empty.git")
        try git("init", "-q", "--bare", "-b", "main", remote, in: "/")
        let target = scratch.sub("work")
        // Without a branch, libgit2 picks init.defaultBranch or "master" (an empty remote
        // advertises no HEAD).
        let plain = try GitRepository.clone(from: remote, to: scratch.sub("plain"))
        #expect(try plain.head() == .unborn(branch: "master"))
        let clone = try GitRepository.clone(from: "file://" + remote, to: target, branch: "main")
        #expect(try clone.head() == .unborn(branch: "main"))
        #expect(try clone.branches().isEmpty)

        try write("# Agents\n", to: target + "/AGENTS.md")
        try clone.add(["AGENTS.md"])
        try clone.writeIndex()
        let commit = try clone.commit(message: "first", author: testAuthor)
        let pushed = try clone.push(refspecs: ["refs/heads/main:refs/heads/main"])
        #expect(pushed == ["refs/heads/main"])
        #expect(try git("rev-parse", "main", in: remote) == commit.hex)
        #expect(try git("fsck", "--strict", in: remote) == "")
    }

    @Test func pushNewBranchAndNoOpPush() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let target = scratch.sub("work")
        let clone = try GitRepository.clone(from: remote, to: target)
        try clone.createBranch("rulesmith/sync")
        try clone.checkout(branch: "rulesmith/sync")
        try write("generated\n", to: target + "/CLAUDE.md")
        try clone.add(["CLAUDE.md"])
        try clone.writeIndex()
        let commit = try clone.commit(message: "rulesmith: sync", author: testAuthor)
        try clone.push(remote: "origin", refspecs: ["refs/heads/rulesmith/sync"])
        #expect(try git("rev-parse", "rulesmith/sync", in: remote) == commit.hex)
        #expect(try git("cat-file", "-p", "rulesmith/sync:CLAUDE.md", in: remote) == "generated")
        #expect(try git("fsck", "--strict", in: remote) == "")
        // Pushing again with nothing new succeeds.
        try clone.push(refspecs: ["refs/heads/rulesmith/sync"])
    }

    @Test func nonFastForwardPushIsADistinctError() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let other = scratch.sub("other")
        try git("clone", "-q", remote, other, in: scratch.path)
        try write("theirs\n", to: other + "/AGENTS.md")
        try git("commit", "-qam", "theirs", in: other)
        try git("push", "-q", "origin", "main", in: other)
        let remoteTip = try git("rev-parse", "main", in: remote)

        let target = scratch.sub("work")
        try git("clone", "-q", remote, target, in: scratch.path)
        try git("reset", "-q", "--hard", "HEAD~1", in: target)
        try write("ours\n", to: target + "/AGENTS.md")
        try git("commit", "-qam", "ours", in: target)
        let repo = try GitRepository.open(target)
        do {
            try repo.push(refspecs: ["refs/heads/main"])
            Issue.record("a non-fast-forward push must fail")
        } catch {
            guard case .nonFastForward = error.reason else {
                Issue.record("unexpected reason \(error.reason): \(error)")
                return
            }
            #expect(error.code == -11)
        }
        #expect(try git("rev-parse", "main", in: remote) == remoteTip)
        // Forcing is explicit.
        try repo.push(refspecs: ["+refs/heads/main"])
        #expect(try git("rev-parse", "main", in: remote) == (try git("rev-parse", "HEAD", in: target)))
    }

    @Test func serverHookRejectionOverGitDaemonIsAnError() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        try write("#!/bin/sh\necho 'policy: pushes are closed' >&2\nexit 1\n", to: remote + "/hooks/pre-receive")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: remote + "/hooks/pre-receive")
        let before = try git("rev-parse", "main", in: remote)

        let port = try freeLoopbackPort()
        let daemon = try startServer(try gitDaemonExecutable(), [
            "--reuseaddr", "--base-path=\(scratch.path)", "--export-all", "--enable=receive-pack",
            "--listen=127.0.0.1", "--port=\(port)", scratch.path,
        ], port: port, in: scratch.path)
        defer { stop(daemon) }

        let url = "git://127.0.0.1:\(port)/remote.git"
        let target = scratch.sub("work")
        let clone = try GitRepository.clone(from: url, to: target)
        #expect(try clone.lsRemote().contains { $0.name == "refs/heads/main" && $0.oid.hex == before })
        try write("change\n", to: target + "/AGENTS.md")
        try clone.add(["AGENTS.md"])
        _ = try clone.commit(message: "change", author: testAuthor)
        do {
            try clone.push(refspecs: ["refs/heads/main"])
            Issue.record("the pre-receive hook should have declined the push")
        } catch {
            #expect(error.reason == .pushRejected(ref: "refs/heads/main", serverMessage: "pre-receive hook declined"))
            #expect(error.description.contains("refs/heads/main"))
            #expect(error.description.contains("pre-receive hook declined"))
        }
        #expect(try git("rev-parse", "main", in: remote) == before)
    }

    @Test func fetchLsRemoteAndRemoteBranchHead() throws {
        let scratch = try Scratch()
        let remote = try bareRemote(in: scratch)
        let target = scratch.sub("work")
        let clone = try GitRepository.clone(from: remote, to: target)
        let old = try clone.revparse("origin/main")

        let other = scratch.sub("other")
        try git("clone", "-q", remote, other, in: scratch.path)
        try write("new\n", to: other + "/AGENTS.md")
        try git("commit", "-qam", "new", in: other)
        try git("push", "-q", "origin", "main", "main:refs/heads/extra", in: other)
        let newTip = try #require(GitOID(hex: try git("rev-parse", "main", in: remote)))

        // Asked live, without fetching: the cache is behind.
        #expect(try clone.remoteBranchHead(branch: "main") == newTip)
        #expect(try clone.remoteBranchHead(branch: "missing") == nil)
        #expect(try clone.revparse("origin/main") == old)
        let heads = try GitRepository.lsRemote(url: "file://" + remote)
        #expect(heads.first { $0.name == "HEAD" }?.symrefTarget == "refs/heads/main")
        #expect(Set(heads.map(\.name)) == ["HEAD", "refs/heads/main", "refs/heads/extra"])

        try clone.fetch()
        #expect(try clone.revparse("origin/main") == newTip)
        #expect(try clone.branch(named: "origin/extra", kind: .remote)?.target == newTip)
        try clone.fetch(remote: remote, refspecs: ["refs/heads/extra:refs/heads/fetched"])
        #expect(try clone.branch(named: "fetched")?.target == newTip)

        try git("push", "-q", "origin", ":extra", in: other)
        try clone.fetch(prune: true)
        #expect(try clone.branch(named: "origin/extra", kind: .remote) == nil)
        #expect(throws: GitError.self) { try clone.fetch(remote: "nowhere") }
    }

    @Test func remoteConfiguration() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        #expect(try repo.remoteNames().isEmpty)
        #expect(try repo.remoteURL("origin") == nil)
        try repo.addRemote("origin", url: "https://example.invalid/a.git")
        try repo.addRemote("templates", url: "ssh://git@example.invalid/t.git")
        #expect(try repo.remoteNames() == ["origin", "templates"])
        try repo.setRemoteURL("origin", to: "https://example.invalid/b.git")
        #expect(try git("remote", "get-url", "origin", in: root) == "https://example.invalid/b.git")
        #expect(try git("config", "remote.templates.fetch", in: root) == "+refs/heads/*:refs/remotes/templates/*")
        #expect(throws: GitError.self) { try repo.addRemote("origin", url: "x") }
    }
}
