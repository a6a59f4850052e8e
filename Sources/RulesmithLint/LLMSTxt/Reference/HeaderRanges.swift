/// Byte ranges in 8 bytes each (32-bit bounds): the headers a section of the reference parser
/// replaced, which number a million in a file of `## ` lines.
public struct HeaderRanges: RandomAccessCollection, Sendable, Hashable {
    private var bounds: [UInt32] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count / 2 }

    public subscript(position: Int) -> Range<Int> {
        Range(uncheckedBounds: (Int(bounds[2 * position]), Int(bounds[2 * position + 1])))
    }

    mutating func append(_ range: Range<Int>) {
        bounds.append(UInt32(truncatingIfNeeded: range.lowerBound))
        bounds.append(UInt32(truncatingIfNeeded: range.upperBound))
    }
}
