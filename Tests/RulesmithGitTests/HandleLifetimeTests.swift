// Many handles created and freed in a loop: repositories, indexes, references, remotes,
// signatures and merge results must all be released without a crash or a double free.

import Foundation
import RulesmithGit
import Testing

@Suite struct HandleLifetimeTests {
    @Test func manyHandlesInALoop() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "a\n", ".gitignore": "*.log\n"])
        let remote = scratch.sub("remote.git")
        try git("clone", "-q", "--bare", root, remote, in: scratch.path)
        try git("remote", "add", "origin", remote, in: root)
        for round in 0..<200 {
            let repo = try GitRepository.open(root)
            _ = try repo.head()
            _ = try repo.branches()
            _ = try repo.indexEntries()
            _ = try repo.status()
            _ = try repo.blobAtHEAD("AGENTS.md")
            _ = try repo.isIgnored("x.log")
            _ = try repo.config(string: "core.bare")
            _ = try repo.hooksDirectory()
            _ = try repo.remoteURL("origin")
            if round % 20 == 0 { _ = try repo.lsRemote("origin") }
            _ = try Git.mergeFile(base: bytes("a\n"), ours: bytes("b\n"), theirs: bytes("c\n"))
            _ = try GitOID.blobID(of: bytes("round \(round)"))
            _ = try? repo.revparse("no-such-ref")
        }
        #expect(try GitRepository.open(root).head().branchName == "main")
    }
}
