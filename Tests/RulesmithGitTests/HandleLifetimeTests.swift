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

    @Test func oneRepositoryPerTaskInParallel() async throws {
        let scratch = try Scratch()
        let roots = (0..<4).map { scratch.sub("repo\($0)") }
        for (index, root) in roots.enumerated() {
            try makeRepository(at: root, files: ["AGENTS.md": "repo \(index)\n"])
        }
        let heads = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, root) in roots.enumerated() {
                group.addTask {
                    // Each task opens, uses and frees its own handle: handles never cross tasks.
                    let repo = try GitRepository.open(root)
                    try write("changed \(index)\n", to: root + "/AGENTS.md")
                    try repo.add(["AGENTS.md"])
                    try repo.writeIndex()
                    let oid = try repo.commit(message: "task \(index)", author: testAuthor)
                    return (index, oid.hex)
                }
            }
            var result = [Int: String]()
            for try await (index, hex) in group { result[index] = hex }
            return result
        }
        for (index, root) in roots.enumerated() {
            #expect(try git("rev-parse", "HEAD", in: root) == heads[index])
            #expect(try git("show", "HEAD:AGENTS.md", in: root) == "changed \(index)")
        }
    }
}
