@testable import RulesmithKit
import Testing

/// Git orders its index by the plain bytes of the UTF-8 paths; the snapshot's comparison is that
/// order (a prefix first, bytes past ASCII after every ASCII byte, not Unicode or locale order).
struct StagedOrderTests {
    @Test func pathsCompareByTheirBytes() {
        let ordered = ["", "A", "AGENTS.md", "AGENTS.md/x", "a", "a/b", "a0", "docs/AGENTS.md", "z", "é", "\u{1F600}"]
        for (index, path) in ordered.enumerated() {
            for (other, next) in ordered.enumerated() {
                #expect(StagedSnapshot.precedes(path, next) == (index < other), "\(path) vs \(next)")
            }
        }
    }

    @Test func theComparisonAgreesWithTheUTF8ViewOnMixedPaths() {
        let paths = ["a/b.md", "a-b.md", "a.b", "a\u{301}", "á", "ab", "a", ".cursor/rules/x.mdc", ".Cursor", "\u{0}x"]
        for path in paths {
            for other in paths {
                #expect(StagedSnapshot.precedes(path, other) == path.utf8.lexicographicallyPrecedes(other.utf8), "\(path) vs \(other)")
            }
        }
    }
}
