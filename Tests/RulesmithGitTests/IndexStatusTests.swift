// The index and status: staged content of a partially staged file, staging and unstaging,
// `.gitignore` handling, status flags, and blob ids against `git hash-object`.

import Foundation
import RulesmithGit
import Testing

@Suite struct IndexStatusTests {
    @Test func stagedBlobDiffersFromWorkTreeForPartiallyStagedFile() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["AGENTS.md": "v1\n"])
        try write("v2 staged\n", to: root + "/AGENTS.md")
        try git("add", "AGENTS.md", in: root)
        try write("v3 in work tree\n", to: root + "/AGENTS.md")

        let repo = try GitRepository.open(root)
        #expect(try repo.stagedBlob("AGENTS.md") == bytes("v2 staged\n"))
        #expect(try repo.blobAtHEAD("AGENTS.md") == bytes("v1\n"))
        #expect(try read(root + "/AGENTS.md") == "v3 in work tree\n")
        #expect(try repo.stagedBlob("not-there.md") == nil)
        let status = try repo.status()
        #expect(status.map(\.path) == ["AGENTS.md"])
        #expect(status.first?.flags == [.indexModified, .workdirModified])
        #expect(status.first?.oldPath == nil)

        let entry = try #require(try repo.indexEntries().first { $0.path == "AGENTS.md" })
        #expect(entry.stage == 0 && entry.mode == 0o100644)
        #expect(entry.oid.hex == (try git("rev-parse", ":AGENTS.md", in: root)))
    }

    @Test func addRemoveAndWriteIndex() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["old.md": "old\n", "keep.md": "keep\n"])
        let repo = try GitRepository.open(root)
        try write("new\n", to: root + "/new.md")
        try FileManager.default.removeItem(atPath: root + "/old.md")
        try repo.add(["new.md", "old.md"])
        try repo.remove(["keep.md"])
        // Nothing reaches the disk before writeIndex.
        #expect(try git("diff", "--cached", "--name-status", in: root) == "")
        try repo.writeIndex()
        #expect(try git("diff", "--cached", "--name-status", in: root) == "D\tkeep.md\nA\tnew.md\nD\told.md")
        #expect(FileManager.default.fileExists(atPath: root + "/keep.md"))
        let bare = try GitRepository.initialize(at: scratch.sub("bare.git"), bare: true)
        #expect(throws: GitError.self) { try bare.add(["x"]) }
    }

    @Test func statusHonoursGitignore() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: [".gitignore": "build/\n*.log\n", "tracked.md": "t\n", "gone.md": "g\n"])
        try write("x\n", to: root + "/build/out.txt")
        try write("x\n", to: root + "/debug.log")
        try write("x\n", to: root + "/docs/new.md")
        try write("changed\n", to: root + "/tracked.md")
        try FileManager.default.removeItem(atPath: root + "/gone.md")
        try write("staged\n", to: root + "/staged.md")
        try git("add", "staged.md", in: root)

        let repo = try GitRepository.open(root)
        let status = try repo.status()
        let byPath = Dictionary(uniqueKeysWithValues: status.map { ($0.path, $0.flags) })
        #expect(byPath == [
            "docs/new.md": .workdirNew, "gone.md": .workdirDeleted,
            "staged.md": .indexNew, "tracked.md": .workdirModified,
        ])
        #expect(try repo.status(includeUntracked: false).map(\.path) == ["gone.md", "staged.md", "tracked.md"])
        let withIgnored = try repo.status(includeIgnored: true).filter { $0.flags.contains(.ignored) }.map(\.path)
        #expect(withIgnored == ["build/out.txt", "debug.log"])
        #expect(try repo.status(paths: ["tracked.md"]).map(\.path) == ["tracked.md"])

        #expect(try repo.isIgnored("debug.log"))
        #expect(try repo.isIgnored("build/anything"))
        #expect(try repo.isIgnored("later.log"))
        #expect(try !repo.isIgnored("tracked.md"))
        #expect(try repo.status(updateIndex: true).count == 4)
    }

    @Test func statusReportsRenamesAndTypeChanges() throws {
        let scratch = try Scratch()
        let root = scratch.sub("repo")
        try makeRepository(at: root, files: ["a.md": String(repeating: "same line\n", count: 20), "link": "x\n"])
        try git("mv", "a.md", "b.md", in: root)
        try FileManager.default.removeItem(atPath: root + "/link")
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "b.md")
        let repo = try GitRepository.open(root)
        let status = try repo.status(detectRenames: true)
        let renamed = try #require(status.first { $0.flags.contains(.indexRenamed) })
        #expect(renamed.path == "b.md" && renamed.oldPath == "a.md")
        #expect(status.first { $0.path == "link" }?.flags == .workdirTypeChange)
    }

    @Test func blobIDEqualsGitHashObject() throws {
        let scratch = try Scratch()
        let samples: [[UInt8]] = [[], bytes("hello\n"), bytes("# Ünïcode ✓\r\nno newline"), [0, 1, 2, 255, 0, 10]]
        for (index, sample) in samples.enumerated() {
            let file = scratch.sub("sample\(index)")
            try Data(sample).write(to: URL(fileURLWithPath: file))
            let expected = try git("hash-object", "--no-filters", file, in: scratch.path)
            #expect(try GitOID.blobID(of: sample).hex == expected)
        }
    }

    @Test func oidHexRoundTrip() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let oid = try #require(GitOID(hex: hex))
        #expect(oid.hex == hex && oid.description == hex && oid.bytes.count == 20)
        #expect(GitOID(hex: hex.uppercased()) == oid)
        #expect(GitOID(hex: "xyz") == nil)
        #expect(GitOID(hex: String(repeating: "g", count: 40)) == nil)
    }
}
