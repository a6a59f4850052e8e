// Three-way merges of one file through git_merge_file: clean merges, conflicts with labelled
// markers in merge and diff3 style, and binary input.

import RulesmithGit
import Testing

@Suite struct MergeFileTests {
    let base = "# Rules\n\n- one\n- two\n- three\n"

    @Test func nonOverlappingEditsMergeCleanly() throws {
        let result = try Git.mergeFile(
            base: bytes(base), ours: bytes("# Rules (local)\n\n- one\n- two\n- three\n"),
            theirs: bytes("# Rules\n\n- one\n- two\n- three\n- four\n"))
        #expect(!result.hasConflicts)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "# Rules (local)\n\n- one\n- two\n- three\n- four\n")
    }

    @Test func overlappingEditsLeaveLabelledMarkers() throws {
        let labels = GitMergeLabels(base: "last generated", ours: "local", theirs: "generated@new")
        let ours = "# Rules\n\n- one\n- TWO by hand\n- three\n"
        let theirs = "# Rules\n\n- one\n- two (template)\n- three\n"
        let result = try Git.mergeFile(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs), labels: labels)
        #expect(result.hasConflicts)
        #expect(String(decoding: result.bytes, as: UTF8.self) == """
            # Rules

            - one
            <<<<<<< local
            - TWO by hand
            =======
            - two (template)
            >>>>>>> generated@new
            - three

            """)
        let diff3 = try Git.mergeFile(
            base: bytes(base), ours: bytes(ours), theirs: bytes(theirs), labels: labels, style: .diff3)
        #expect(String(decoding: diff3.bytes, as: UTF8.self).contains("||||||| last generated\n- two\n=======\n"))
    }

    @Test func emptyAndIdenticalInputs() throws {
        let empty = try Git.mergeFile(base: [], ours: [], theirs: [])
        #expect(empty.bytes.isEmpty && !empty.hasConflicts)
        let same = try Git.mergeFile(base: [], ours: bytes("a\n"), theirs: bytes("a\n"))
        #expect(same.bytes == bytes("a\n") && !same.hasConflicts)
    }

    @Test func binaryInputIsRefused() {
        #expect(throws: GitError.self) {
            try Git.mergeFile(base: [0, 1, 2], ours: [0, 1, 3], theirs: [0, 1, 4])
        }
    }
}
