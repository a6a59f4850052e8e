import RulesmithText

/// The rules files of a run grouped into classes of the same text (equal fingerprints), with the
/// pairs of classes whose Jaccard similarity reaches a threshold. A monorepo's thousands of rules
/// files are mostly copies of a few texts: each text is compared once, and only with the texts
/// that share a shingle in their prefixes (prefix filtering, exact for Jaccard), so the work grows
/// with the number of files and of similar texts, not with the square of the files.
struct SimilarTextClasses {
    /// The class of each document; nil where the document has no fingerprint.
    let classOf: [Int?]
    /// Each class's fingerprint (every member's is equal to it) and its members, ascending.
    let classes: [(fingerprint: TextFingerprint, members: [Int])]
    /// For each class, the classes (itself included) similar enough, with the similarity.
    let related: [[(other: Int, similarity: Double)]]

    /// Fingerprints are equal when shingles, word count and digest are: then so is every
    /// similarity the rule computes with them.
    private struct Key: Hashable {
        let shingles: [UInt64]
        let wordCount: Int
        let digest: UInt64
    }

    /// - Parameter batch: candidate pairs compared at once (tests make it small).
    init(_ fingerprints: [TextFingerprint?], threshold: Double, batch: Int = pairsPerBatch) {
        var classOf = [Int?](repeating: nil, count: fingerprints.count)
        var classes: [(fingerprint: TextFingerprint, members: [Int])] = []
        var byKey: [Key: Int] = [:]
        for (index, fingerprint) in fingerprints.enumerated() {
            guard let fingerprint, let shingles = fingerprint.shingles else { continue }
            let key = Key(shingles: shingles, wordCount: fingerprint.wordCount, digest: fingerprint.digest)
            if let known = byKey[key] {
                classes[known].members.append(index)
                classOf[index] = known
            } else {
                byKey[key] = classes.count
                classOf[index] = classes.count
                classes.append((fingerprint, [index]))
            }
        }
        self.classOf = classOf
        self.classes = classes
        related = Self.similarPairs(classes.map(\.fingerprint), threshold: threshold, batch: batch)
    }

    /// Every pair of fingerprints at or above `threshold`, each class with itself at 1.
    ///
    /// Prefix filtering: two sets with Jaccard similarity t or more share at least ⌈t·|x|⌉ of
    /// the |x| shingles of either, so the first |x| − ⌈t·|x|⌉ + 1 of x's shingles (in any one
    /// global order; the sorted hash values are one) meet the same prefix of y. Only classes
    /// whose prefixes meet are compared, with the rule's own test, so nothing is lost.
    private static func similarPairs(
        _ fingerprints: [TextFingerprint], threshold: Double, batch: Int
    ) -> [[(other: Int, similarity: Double)]] {
        var related = fingerprints.indices.map { [(other: $0, similarity: 1.0)] }
        // ⌈t·n⌉ from a fraction just below t, so no rounding of t·n makes a prefix too short.
        let (numerator, denominator) = Self.fractionAtMost(threshold)
        var index: [UInt64: [Int]] = [:]
        var seen = [Int](repeating: -1, count: fingerprints.count)
        // Candidates first, in the order the comparison meets them, a batch at a time; then their
        // similarities on every core (near-copies of one text are hundreds of thousands of merges,
        // which ran on one core after the files' own rules); then the pairs kept, in that order.
        var candidates: [(earlier: Int32, current: Int32)] = []
        func compareCandidates() {
            let chunk = min(Self.pairsPerJob, batch)
            let similarities = WorkerPool.map((candidates.count + chunk - 1) / chunk) { job in
                candidates[(job * chunk)..<min(candidates.count, (job + 1) * chunk)].map { pair in
                    fingerprints[Int(pair.earlier)].similarity(to: fingerprints[Int(pair.current)]) ?? -1
                }
            }
            for (position, pair) in candidates.enumerated() {
                let similarity = similarities[position / chunk][position % chunk]
                guard similarity >= threshold else { continue }
                related[Int(pair.earlier)].append((Int(pair.current), similarity))
                related[Int(pair.current)].append((Int(pair.earlier), similarity))
            }
            candidates.removeAll(keepingCapacity: true)
        }
        for (current, fingerprint) in fingerprints.enumerated() {
            let shingles = fingerprint.shingles ?? []
            let overlap = (numerator * shingles.count + denominator - 1) / denominator
            let prefix = shingles.prefix(max(1, shingles.count - overlap + 1))
            for shingle in prefix {
                for other in index[shingle, default: []] where seen[other] != current {
                    seen[other] = current
                    if fingerprints[other].couldReach(threshold, with: fingerprint) {
                        candidates.append((Int32(other), Int32(current)))
                    }
                }
                index[shingle, default: []].append(current)
            }
            if candidates.count >= batch { compareCandidates() }
        }
        compareCandidates()
        return related
    }

    /// Candidate pairs compared per parallel job: enough merges that a job outweighs handing it out.
    private static let pairsPerJob = 4_096
    /// Candidate pairs held at once (16 bytes each, with their similarities).
    static let pairsPerBatch = 1 << 18

    /// A fraction p/q just below `value` (q = 1000; thresholds have at most three decimals).
    private static func fractionAtMost(_ value: Double) -> (Int, Int) {
        (Int((value * 1000).rounded(.down)) - 1, 1000)
    }
}
