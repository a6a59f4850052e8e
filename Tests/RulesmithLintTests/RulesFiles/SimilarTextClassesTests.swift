import RulesmithTestSupport
import Testing
@testable import RulesmithLint

/// RF005's similar pairs are the same however the candidate pairs are batched and spread over
/// the cores, and equal to comparing every pair directly.
struct SimilarTextClassesTests {
    /// Near-copies of a few texts, each with a line of its own, and some texts unlike the rest.
    static func fingerprints() -> [TextFingerprint?] {
        var generator = SplitMix64(seed: 5)
        let words = ["run", "the", "tests", "before", "push", "keep", "functions", "small", "use", "pnpm", "never", "commit", "secrets"]
        let bases = (0..<4).map { _ in (0..<120).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") }
        return (0..<160).map { index in
            let own = (0..<Int.random(in: 0...12, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            let text = bases[index % bases.count] + "\nCopy \(index): " + own.joined(separator: " ") + "\n"
            return index % 37 == 0 ? nil : TextFingerprint(ArraySlice(text.utf8))
        }
    }

    @Test func batchingLeavesThePairsAsTheyWere() {
        let fingerprints = Self.fingerprints()
        let whole = SimilarTextClasses(fingerprints, threshold: 0.8)
        for batch in [1, 7, 100] {
            let batched = SimilarTextClasses(fingerprints, threshold: 0.8, batch: batch)
            #expect(batched.classOf == whole.classOf)
            #expect(batched.related.map { $0.map(\.other) } == whole.related.map { $0.map(\.other) })
            #expect(batched.related.map { $0.map(\.similarity) } == whole.related.map { $0.map(\.similarity) })
        }
        let classes = whole.classes.map(\.fingerprint)
        var pairs = 0
        for first in classes.indices {
            for second in classes.indices where second != first {
                let similarity = classes[first].similarity(to: classes[second]) ?? 0
                let listed = whole.related[first].contains { $0.other == second }
                #expect(listed == (similarity >= 0.8), "\(first) \(second) \(similarity)")
                if listed { pairs += 1 }
            }
        }
        #expect(pairs > 1_000)
    }
}
