/// An inline link or image: `[text](destination "title")`, with byte ranges.
///
/// 36 bytes (32-bit offsets, as in `MarkdownBlock`): an llms.txt keeps one per item.
public struct InlineLink: Sendable, Hashable {
    private var lower: UInt32
    private var upper: UInt32
    private var textLower: UInt32
    private var textUpper: UInt32
    private var destinationLower: UInt32
    private var destinationUpper: UInt32
    private var titleLower: UInt32
    private var titleUpper: UInt32
    /// Image, angle-bracketed destination, has a title.
    private var flags: UInt8

    package init(
        range: Range<Int>, textRange: Range<Int>, destinationRange: Range<Int>, titleRange: Range<Int>?,
        isImage: Bool, isAngleBracketed: Bool
    ) {
        lower = UInt32(truncatingIfNeeded: range.lowerBound)
        upper = UInt32(truncatingIfNeeded: range.upperBound)
        textLower = UInt32(truncatingIfNeeded: textRange.lowerBound)
        textUpper = UInt32(truncatingIfNeeded: textRange.upperBound)
        destinationLower = UInt32(truncatingIfNeeded: destinationRange.lowerBound)
        destinationUpper = UInt32(truncatingIfNeeded: destinationRange.upperBound)
        // Without a title, where the destination ends (never read): stored narrow, each lane of a
        // link then follows the one before it.
        titleLower = UInt32(truncatingIfNeeded: titleRange?.lowerBound ?? destinationRange.upperBound)
        titleUpper = UInt32(truncatingIfNeeded: titleRange?.upperBound ?? destinationRange.upperBound)
        flags = (isImage ? 1 : 0) | (isAngleBracketed ? 2 : 0) | (titleRange == nil ? 0 : 4)
    }

    /// The link as nine 32-bit lanes in source order (flags first), for chunked storage of
    /// the items that hold one.
    package func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) {
        lanes[0] = UInt32(flags)
        lanes[1] = lower
        lanes[2] = textLower
        lanes[3] = textUpper
        lanes[4] = destinationLower
        lanes[5] = destinationUpper
        lanes[6] = titleLower
        lanes[7] = titleUpper
        lanes[8] = upper
    }

    /// The link `writeLanes` wrote.
    package init(lanes: UnsafePointer<UInt32>) {
        flags = UInt8(truncatingIfNeeded: lanes[0])
        lower = lanes[1]
        textLower = lanes[2]
        textUpper = lanes[3]
        destinationLower = lanes[4]
        destinationUpper = lanes[5]
        titleLower = lanes[6]
        titleUpper = lanes[7]
        upper = lanes[8]
    }

    /// From `[` (or `![`) to the closing `)`.
    public var range: Range<Int> { Range(uncheckedBounds: (Int(lower), Int(upper))) }
    /// Between the brackets.
    public var textRange: Range<Int> { Range(uncheckedBounds: (Int(textLower), Int(textUpper))) }
    /// The destination, without angle brackets.
    public var destinationRange: Range<Int> {
        Range(uncheckedBounds: (Int(destinationLower), Int(destinationUpper)))
    }
    public var titleRange: Range<Int>? {
        flags & 4 == 0 ? nil : Range(uncheckedBounds: (Int(titleLower), Int(titleUpper)))
    }
    public var isImage: Bool { flags & 1 != 0 }
    /// The destination was written `<…>`.
    public var isAngleBracketed: Bool { flags & 2 != 0 }
}
