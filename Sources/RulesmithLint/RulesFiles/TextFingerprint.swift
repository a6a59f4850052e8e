/// A whitespace-insensitive fingerprint of a rules file's body (after frontmatter): the set of
/// hashed five-word shingles, for comparing files in linear time (Jaccard similarity).
/// The set is a sorted array without repeats: a merge counts the shared shingles of two files with
/// no hashing, which is what makes comparing every pair of files cheap.
public struct TextFingerprint: DocumentAnalysis, Sendable {
    /// Bodies larger than this are not fingerprinted; such files are far over every size budget.
    public static let maximumBytes = 1 << 20
    static let shingleWords = 5

    /// Hashed shingles, sorted and unique; empty when the body is blank, nil when it was too large
    /// or not text.
    public let shingles: [UInt64]?
    public let wordCount: Int
    /// Hash of the whole word sequence: equal digests mean the same words in the same order.
    public let digest: UInt64
    /// The body's byte range.
    public let body: Range<Int>

    public init(_ document: LintDocument) {
        let start = document.analysis(Frontmatter.self).bodyStart
        let body = start..<document.source.bytes.count
        guard document.analysis(TextIntegrity.self).isText else {
            self.init(body: body, shingles: nil, wordCount: 0, digest: 0)
            return
        }
        self.init(document.source.bytes[body])
    }

    /// The fingerprint of raw text (an imported file that is not itself under lint).
    public init(_ bytes: ArraySlice<UInt8>) {
        let body = bytes.startIndex..<bytes.endIndex
        guard bytes.count <= Self.maximumBytes else {
            self.init(body: body, shingles: nil, wordCount: 0, digest: 0)
            return
        }
        var words: [UInt64] = []
        words.reserveCapacity(bytes.count / 6 + 1)
        var hash: UInt64 = Self.offsetBasis
        var inWord = false
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    if inWord { words.append(hash) }
                    inWord = false
                    hash = Self.offsetBasis
                } else {
                    inWord = true
                    hash = (hash ^ UInt64(byte)) &* Self.prime
                }
            }
        }
        if inWord { words.append(hash) }
        var digest: UInt64 = Self.offsetBasis
        for word in words { digest = (digest ^ word) &* Self.prime }
        var shingles: [UInt64] = []
        if !words.isEmpty {
            let width = min(Self.shingleWords, words.count)
            shingles.reserveCapacity(words.count - width + 1)
            for start in 0...(words.count - width) {
                var shingle: UInt64 = Self.offsetBasis
                for index in start..<(start + width) { shingle = (shingle ^ words[index]) &* Self.prime }
                shingles.append(shingle)
            }
            shingles.sort()
            shingles = Self.unique(shingles)
        }
        self.init(body: body, shingles: shingles, wordCount: words.count, digest: digest)
    }

    private init(body: Range<Int>, shingles: [UInt64]?, wordCount: Int, digest: UInt64) {
        self.body = body
        self.shingles = shingles
        self.wordCount = wordCount
        self.digest = digest
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// |A ∩ B| / |A ∪ B|, or nil when either side has no fingerprint or is blank.
    public func similarity(to other: TextFingerprint) -> Double? {
        guard let mine = shingles, let theirs = other.shingles, !mine.isEmpty, !theirs.isEmpty else { return nil }
        if digest == other.digest, wordCount == other.wordCount { return 1 }
        let shared = Self.sharedCount(mine, theirs)
        return Double(shared) / Double(mine.count + theirs.count - shared)
    }

    /// |other ∩ self| / |other|: how much of `other` this text contains.
    public func containment(of other: TextFingerprint) -> Double? {
        guard let mine = shingles, let theirs = other.shingles, !theirs.isEmpty else { return nil }
        let shared = Self.sharedCount(mine, theirs)
        return Double(shared) / Double(theirs.count)
    }

    /// Whether a Jaccard similarity of `threshold` is possible at all given the two set sizes.
    public func couldReach(_ threshold: Double, with other: TextFingerprint) -> Bool {
        guard let mine = shingles?.count, let theirs = other.shingles?.count, mine > 0, theirs > 0 else { return false }
        return Double(min(mine, theirs)) >= threshold * Double(max(mine, theirs))
    }

    /// Drops repeats from a sorted array, in place.
    private static func unique(_ sorted: [UInt64]) -> [UInt64] {
        var values = sorted
        var kept = 0
        for index in values.indices where index == 0 || values[index] != values[kept - 1] {
            values[kept] = values[index]
            kept += 1
        }
        values.removeLast(values.count - kept)
        return values
    }

    /// The number of values two sorted, repeat-free arrays share (one merge pass).
    private static func sharedCount(_ first: [UInt64], _ second: [UInt64]) -> Int {
        first.withUnsafeBufferPointer { left in
            second.withUnsafeBufferPointer { right in
                var shared = 0
                var i = 0
                var j = 0
                while i < left.count, j < right.count {
                    let a = left[i]
                    let b = right[j]
                    if a == b {
                        shared += 1
                        i += 1
                        j += 1
                    } else if a < b {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return shared
            }
        }
    }
}
