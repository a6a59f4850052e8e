import Foundation
import Testing
@testable import RulesmithText

/// Unified diffs as `git diff` prints them.
struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.render(old: "a\n", new: "a\n", oldPath: "a", newPath: "b") == "")
    }

    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacing("line 5\n", with: "line five\n")
        #expect(UnifiedDiff.render(old: old, new: new, oldPath: "a/x", newPath: "b/x") == """
        --- a/x
        +++ b/x
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
    }

    @Test func creationAndMissingNewline() {
        #expect(UnifiedDiff.render(old: "", new: "a\nb", oldPath: "/dev/null", newPath: "b/f") == """
        --- /dev/null
        +++ b/f
        @@ -0,0 +1,2 @@
        +a
        +b
        \\ No newline at end of file

        """)
    }

    @Test func separateHunksForDistantChanges() {
        let old = (1...30).map { "\($0)\n" }.joined()
        var lines = (1...30).map { "\($0)\n" }
        lines[1] = "two\n"
        lines[27] = "twenty-eight\n"
        let new = lines.joined()
        let diff = UnifiedDiff.render(old: old, new: new, oldPath: "a", newPath: "b")
        #expect(diff.components(separatedBy: "@@ -").count == 3)
    }

    @Test func operationsReconstructBothSides() {
        let old = "a\nb\nc\nd\n"
        let new = "a\nx\nc\ny\nd\nz\n"
        let operations = UnifiedDiff.operations(old, new)
        var rebuiltOld = ""
        var rebuiltNew = ""
        for operation in operations {
            switch operation {
            case .keep(let line): rebuiltOld += line; rebuiltNew += line
            case .delete(let line): rebuiltOld += line
            case .insert(let line): rebuiltNew += line
            }
        }
        #expect(rebuiltOld == old)
        #expect(rebuiltNew == new)
    }
}
