// What a pre-commit hook sees: git runs the hook with GIT_INDEX_FILE pointing at a temporary index
// for `commit -a` and `commit -- path`, and with GIT_DIR in a linked worktree. A real hook records
// that environment (and a copy of the index, which git deletes afterwards) so discovery can be fed
// exactly what git gave.

import Foundation
import RulesmithGit
import Testing

@Suite struct HookEnvironmentTests {
    /// Installs a pre-commit hook that saves GIT_DIR, a copy of $GIT_INDEX_FILE, and aborts.
    private func installRecordingHook(hooks: String, into record: String) throws {
        try write("""
            #!/bin/sh
            printf '%s' "$GIT_DIR" > "\(record)/git-dir"
            cp "$GIT_INDEX_FILE" "\(record)/index"
            exit 1

            """, to: hooks + "/pre-commit")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hooks + "/pre-commit")
    }

    private func environment(from record: String) throws -> [String: String] {
        var env = ["GIT_INDEX_FILE": record + "/index"]
        let gitDir = try read(record + "/git-dir")
        if !gitDir.isEmpty { env["GIT_DIR"] = gitDir }
        return env
    }

    @Test func commitAllAndPartialCommitStageThroughATemporaryIndex() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "v1\n", "other.md": "o1\n"])
        let record = scratch.sub("record")
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        try installRecordingHook(hooks: root + "/.git/hooks", into: record)

        try write("v2 work tree\n", to: root + "/AGENTS.md")
        try git("commit", "-qam", "all", in: root, allowFailure: true)
        let hooked = try GitRepository.discover(from: root, environment: try environment(from: record))
        #expect(try hooked.stagedBlob("AGENTS.md") == bytes("v2 work tree\n"))
        #expect(try GitRepository.open(root).stagedBlob("AGENTS.md") == bytes("v1\n"))

        try write("o2 staged\n", to: root + "/other.md")
        try git("add", "other.md", in: root)
        try git("commit", "-qm", "partial", "--", "AGENTS.md", in: root, allowFailure: true)
        let partial = try GitRepository.discover(from: root, environment: try environment(from: record))
        // `commit -- path` commits HEAD plus that path only, whatever else is staged.
        #expect(try partial.stagedBlob("AGENTS.md") == bytes("v2 work tree\n"))
        #expect(try partial.stagedBlob("other.md") == bytes("o1\n"))
    }

    @Test func linkedWorktreeHookGetsGitDir() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "v1\n"])
        let tree = scratch.sub("tree")
        try git("worktree", "add", "-q", "-b", "wt", tree, in: root)
        let record = scratch.sub("record")
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        try installRecordingHook(hooks: root + "/.git/hooks", into: record)

        try write("in worktree\n", to: tree + "/AGENTS.md")
        try git("add", "AGENTS.md", in: tree)
        try git("commit", "-qm", "wt", in: tree, allowFailure: true)
        let env = try environment(from: record)
        #expect(env["GIT_DIR"] == root + "/.git/worktrees/tree")
        let hooked = try GitRepository.discover(from: tree, environment: env)
        #expect(hooked.workdir == tree)
        #expect(hooked.commonDirectory == root + "/.git")
        #expect(try hooked.head().branchName == "wt")
        #expect(try hooked.stagedBlob("AGENTS.md") == bytes("in worktree\n"))
        #expect(try hooked.hooksDirectory() == root + "/.git/hooks")
    }
}
