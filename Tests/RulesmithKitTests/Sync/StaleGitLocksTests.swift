import Foundation
import Testing
@testable import RulesmithKit

/// What a killed git write leaves in a cache clone is removed; what git keeps is not.
struct StaleGitLocksTests {
    @Test func leftoversOfKilledWritesGoAndRealObjectsStay() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rulesmith-stale-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let git = root + "/.git"
        let leftovers = [
            "index.lock", "HEAD.lock", "packed-refs.lock", "refs/heads/main.lock", "refs/remotes/origin/main.lock",
            "objects/pack/pack_git2_5ca80c22ff2f", "objects/pack/pack_git2_5ca80c22ff2fidx.lock", "objects/tmp_object_git2_Xy12",
        ]
        let kept = [
            "HEAD", "config", "refs/heads/main", "objects/pack/pack-0123abcd.pack", "objects/pack/pack-0123abcd.idx",
            "objects/ab/cdef0123",
        ]
        for path in leftovers + kept {
            let full = git + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: full, contents: Data("x".utf8)))
        }
        StaleGitLocks.remove(inGitDirectory: git)
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: git + "/" + path), "\(path) left") }
        for path in kept { #expect(FileManager.default.fileExists(atPath: git + "/" + path), "\(path) removed") }
    }
}
