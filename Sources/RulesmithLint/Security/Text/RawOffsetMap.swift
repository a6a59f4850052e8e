/// Maps byte offsets in the scanned UTF-8 text back to offsets in the file's raw bytes.
struct RawOffsetMap: Sendable {
    /// Raw offset per scanned byte, plus one past the end; nil when the text is the file itself.
    private let offsets: [Int]?

    static let identity = RawOffsetMap(offsets: nil)

    init(offsets: [Int]?) {
        self.offsets = offsets
    }

    var isIdentity: Bool { offsets == nil }

    func raw(_ offset: Int) -> Int {
        guard let offsets else { return offset }
        return offsets[min(max(0, offset), offsets.count - 1)]
    }

    func raw(_ range: Range<Int>) -> Range<Int> {
        guard offsets != nil else { return range }
        let lower = raw(range.lowerBound)
        return lower..<max(lower, raw(range.upperBound))
    }
}
