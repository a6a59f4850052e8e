// Repository life cycle through the API, checked with the git CLI: init, commit, branches,
// checkout (and its refusal to clobber local changes), reset, discovery, HEAD and state.

import Foundation
import RulesmithGit
import Testing

@Suite struct RepositoryTests {
    @Test func initCommitBranchCheckoutRoundTrip() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        let repo = try GitRepository.initialize(at: root, initialBranch: "main")
        #expect(repo.workdir == root)
        #expect(repo.gitDirectory == root + "/.git")
        #expect(repo.commonDirectory == root + "/.git")
        #expect(!repo.isBare)
        #expect(try repo.head() == .unborn(branch: "main"))

        try write("# Rules\n", to: root + "/AGENTS.md")
        try repo.add(["AGENTS.md"])
        try repo.writeIndex()
        let first = try repo.commit(message: "Add AGENTS.md", author: testAuthor)
        #expect(try git("rev-parse", "HEAD", in: root) == first.hex)
        #expect(try git("log", "--format=%an <%ae> %at %s", in: root) == "Rule Smith <rules@example.com> 1700000000 Add AGENTS.md")
        #expect(try git("cat-file", "-p", "HEAD:AGENTS.md", in: root) == "# Rules")
        #expect(try repo.head() == .branch(name: "main", oid: first))
        #expect(try git("status", "--porcelain", in: root) == "")

        let feature = try repo.createBranch("feature")
        #expect(feature.name == "feature" && feature.referenceName == "refs/heads/feature")
        #expect(feature.target == first && !feature.isHead)
        try repo.checkout(branch: "feature")
        #expect(try git("symbolic-ref", "HEAD", in: root) == "refs/heads/feature")
        try write("rules\n", to: root + "/.cursorrules")
        try repo.add([".cursorrules"])
        try repo.writeIndex()
        let second = try repo.commit(message: "Add .cursorrules", author: testAuthor)
        #expect(try git("rev-parse", "feature", in: root) == second.hex)
        #expect(try git("rev-parse", "feature^", in: root) == first.hex)

        try repo.checkout(branch: "main")
        #expect(!FileManager.default.fileExists(atPath: root + "/.cursorrules"))
        #expect(try repo.head().branchName == "main")
        let names = try repo.branches(.local).map(\.name)
        #expect(names == ["feature", "main"])
        #expect(try repo.branch(named: "main")?.isHead == true)
        #expect(try repo.branch(named: "nope") == nil)
        #expect(try git("fsck", "--strict", in: root, allowFailure: false).isEmpty)

        try repo.deleteBranch("feature")
        #expect(try git("branch", "--list", "feature", in: root) == "")
        #expect(throws: GitError.self) { try repo.deleteBranch("main") }
    }

    @Test func commitOnNamedBranchLeavesHeadAlone() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        let base = try #require(try repo.head().oid)
        try write("generated\n", to: root + "/CLAUDE.md")
        try repo.add(["CLAUDE.md"])
        let onSync = try repo.commit(message: "sync", author: testAuthor, onBranch: "rulesmith/sync")
        #expect(try git("rev-parse", "rulesmith/sync^", in: root) == base.hex)
        #expect(try git("rev-parse", "rulesmith/sync", in: root) == onSync.hex)
        #expect(try git("rev-parse", "HEAD", in: root) == base.hex)
        let again = try repo.commit(message: "sync 2", author: testAuthor, onBranch: "rulesmith/sync")
        #expect(try git("rev-parse", "rulesmith/sync^", in: root) == onSync.hex)
        #expect(try repo.revparse("rulesmith/sync") == again)
    }

    @Test func createCommitWithExplicitParents() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let repo = try GitRepository.open(root)
        let base = try repo.revparse("HEAD")
        let root2 = try repo.createCommit(message: "orphan", author: testAuthor, parents: [], updateRef: nil)
        let merge = try repo.createCommit(
            message: "two parents", author: testAuthor,
            committer: GitSignature(name: "Bot", email: "bot@example.com", time: 1_700_000_100),
            parents: [base, root2], updateRef: "refs/heads/merged")
        #expect(try git("rev-parse", "merged^1", "merged^2", in: root) == "\(base.hex)\n\(root2.hex)")
        #expect(try git("log", "-1", "--format=%cn %ct", "merged", in: root) == "Bot 1700000100")
        // A stale first parent is refused rather than silently rewriting the branch.
        #expect(throws: GitError.self) {
            try repo.createCommit(message: "stale", author: testAuthor, parents: [base], updateRef: "refs/heads/merged")
        }
        #expect(try git("rev-parse", "merged", in: root) == merge.hex)
    }

    @Test func checkoutRefusesToClobberLocalChanges() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "one\n", "keep.txt": "k\n"])
        try git("checkout", "-q", "-b", "other", in: root)
        try write("two\n", to: root + "/AGENTS.md")
        try git("commit", "-qam", "change", in: root)
        try git("checkout", "-q", "main", in: root)
        try write("local edit\n", to: root + "/AGENTS.md")

        let repo = try GitRepository.open(root)
        do {
            try repo.checkout(branch: "other")
            Issue.record("checkout should have refused")
        } catch {
            #expect(error.reason == .checkoutConflict(paths: ["AGENTS.md"]))
            #expect(error.message.contains("AGENTS.md"))
        }
        #expect(try read(root + "/AGENTS.md") == "local edit\n")
        #expect(try repo.head().branchName == "main")

        // A change to a file both branches agree on does not block the switch, and survives it.
        try write("one\n", to: root + "/AGENTS.md")
        try write("k2\n", to: root + "/keep.txt")
        try repo.checkout(branch: "other")
        #expect(try read(root + "/AGENTS.md") == "two\n")
        #expect(try read(root + "/keep.txt") == "k2\n")
        #expect(throws: GitError.self) { try repo.checkout(branch: "missing") }
    }

    @Test func resetHardDiscardsTrackedChanges() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["a.txt": "a\n"])
        let first = try git("rev-parse", "HEAD", in: root)
        try write("b\n", to: root + "/a.txt")
        try git("commit", "-qam", "second", in: root)
        try write("dirty\n", to: root + "/a.txt")
        let repo = try GitRepository.open(root)
        try repo.resetHard(to: try #require(GitOID(hex: first)))
        #expect(try read(root + "/a.txt") == "a\n")
        #expect(try git("rev-parse", "main", in: root) == first)
        #expect(try repo.status().isEmpty)
    }

    @Test func discoverFromSubfolderAndHonourGitDir() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["docs/guide.md": "g\n"])
        let found = try GitRepository.discover(from: root + "/docs", environment: [:])
        #expect(found.workdir == root)
        #expect(throws: GitError.self) { try GitRepository.open(root + "/docs") }
        do {
            _ = try GitRepository.discover(from: scratch.path, environment: [:])
            Issue.record("no repository above the scratch directory was expected")
        } catch {
            #expect(error.reason == .notFound)
        }

        let other = scratch.sub("other")
        try makeRepository(at: other, files: ["other.txt": "o\n"])
        let viaEnv = try GitRepository.discover(from: root + "/docs", environment: ["GIT_DIR": other + "/.git"])
        #expect(viaEnv.gitDirectory == other + "/.git")
        #expect(try viaEnv.blobAtHEAD("other.txt") == bytes("o\n"))
        let withWorkTree = try GitRepository.discover(
            from: root, environment: ["GIT_DIR": other + "/.git", "GIT_WORK_TREE": root])
        #expect(withWorkTree.workdir == root)
    }

    @Test func gitIndexFileSelectsTheTemporaryIndex() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "committed\n"])
        try write("in temporary index\n", to: root + "/AGENTS.md")
        let temporaryIndex = scratch.sub("index.tmp")
        try git("add", "AGENTS.md", in: root, env: ["GIT_INDEX_FILE": temporaryIndex])
        try write("work tree\n", to: root + "/AGENTS.md")

        let normal = try GitRepository.discover(from: root, environment: [:])
        #expect(try normal.stagedBlob("AGENTS.md") == bytes("committed\n"))
        let hooked = try GitRepository.discover(from: root, environment: ["GIT_INDEX_FILE": temporaryIndex])
        #expect(try hooked.stagedBlob("AGENTS.md") == bytes("in temporary index\n"))
    }

    @Test func headDetachedAndBare() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root)
        let oid = try git("rev-parse", "HEAD", in: root)
        try git("checkout", "-q", "--detach", in: root)
        let repo = try GitRepository.open(root)
        #expect(try repo.head() == .detached(try #require(GitOID(hex: oid))))
        #expect(try repo.head().branchName == nil)
        #expect(throws: GitError.self) { try repo.commit(message: "x", author: testAuthor) }

        let bare = try GitRepository.initialize(at: scratch.sub("bare.git"), bare: true, initialBranch: "trunk")
        #expect(bare.isBare && bare.workdir == nil)
        #expect(try bare.head() == .unborn(branch: "trunk"))
        #expect(try git("symbolic-ref", "HEAD", in: scratch.sub("bare.git")) == "refs/heads/trunk")
    }

    @Test func stateDuringConflictedMerge() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "base\n"])
        try git("checkout", "-q", "-b", "theirs", in: root)
        try write("theirs\n", to: root + "/AGENTS.md")
        try git("commit", "-qam", "theirs", in: root)
        try git("checkout", "-q", "main", in: root)
        try write("ours\n", to: root + "/AGENTS.md")
        try git("commit", "-qam", "ours", in: root)
        let repo = try GitRepository.open(root)
        #expect(repo.state == .none)
        #expect(try !repo.hasConflicts)
        try git("merge", "-q", "theirs", in: root, allowFailure: true)

        #expect(repo.state == .merge)
        #expect(repo.state.isInProgress)
        #expect(try repo.hasConflicts)
        let stages = try repo.indexEntries().filter { $0.path == "AGENTS.md" }.map(\.stage)
        #expect(stages == [1, 2, 3])
        #expect(try repo.stagedBlob("AGENTS.md") == nil)
        let status = try repo.status()
        #expect(status.count == 1 && status[0].path == "AGENTS.md" && status[0].flags.contains(.conflicted))
        do {
            _ = try repo.commit(message: "merge", author: testAuthor)
            Issue.record("committing during a merge should be refused")
        } catch {
            #expect(error.message.contains("merge"))
        }
        try git("merge", "--abort", in: root)
        #expect(repo.state == .none)
    }

    @Test func revparseAndBlobs() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["a/b.md": "nested\n", "top.md": "top\n"])
        let repo = try GitRepository.open(root)
        let blob = try repo.revparse("HEAD:a/b.md")
        #expect(blob.hex == (try git("rev-parse", "HEAD:a/b.md", in: root)))
        #expect(try repo.readBlob(blob) == bytes("nested\n"))
        #expect(try repo.blobAtHEAD("top.md") == bytes("top\n"))
        #expect(try repo.blobAtHEAD("missing.md") == nil)
        #expect(throws: GitError.self) { try repo.blobAtHEAD("a") }
        do {
            _ = try repo.revparse("HEAD:nope")
            Issue.record("expected not found")
        } catch {
            #expect(error.reason == .notFound)
            #expect(error.operation.contains("HEAD:nope"))
            #expect(!error.message.isEmpty)
        }
        let empty = try GitRepository.initialize(at: scratch.sub("empty"))
        #expect(try empty.blobAtHEAD("x") == nil)
    }
}
