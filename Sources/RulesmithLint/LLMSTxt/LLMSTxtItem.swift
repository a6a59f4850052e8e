import RulesmithText

/// One list item inside an llms.txt section, with the link it starts with and what follows it.
///
/// Stored with 32-bit offsets and indices and without lists of its own (76 bytes instead of
/// 220): a large llms.txt holds one per link. Its wrapped lines and further blocks are read from
/// the Markdown blocks when a rule asks (`LLMSTxtStructure.continuationLines(of:)`, `extraBlocks(of:)`).
public struct LLMSTxtItem: Sendable, Hashable {
    private var storedLink: InlineLink
    // The three bytes sit in the link's tail padding (33 bytes in a 36-byte stride).
    /// The marker character: `-`, `*`, `+`, or `.`/`)` for ordered lists.
    public let markerCharacter: UInt8
    /// Ordered, has a link, the link starts the item, any link, a loose link.
    private var flags: UInt8
    /// Read only as zero or not, which a byte keeps: depths are bytes (`MarkdownBlock.depth`).
    private var storedNesting: UInt8
    private var storedBlock: UInt32
    private var markerLower: UInt32
    private var markerUpper: UInt32
    /// `UInt32.max` when there is none.
    private var storedParagraph: UInt32
    private var firstLineLower: UInt32
    private var firstLineUpper: UInt32
    private var looseLower: UInt32
    private var looseUpper: UInt32
    private var tailLower: UInt32
    private var tailUpper: UInt32

    init(
        block: Int, marker: Range<Int>, isOrdered: Bool, markerCharacter: UInt8, nesting: Int, paragraph: Int?,
        firstLine: Range<Int>, link: InlineLink?, linkStartsItem: Bool, hasAnyLink: Bool, looseLink: Range<Int>?,
        tail: Range<Int>
    ) {
        // An item without a link holds an empty one where its tail starts (never read: `link` is
        // nil), so that in a chunk of such items each of the link's lanes follows the lane before
        // it, as a link's would, and costs nothing.
        storedLink = link ?? InlineLink(
            range: tail.lowerBound..<tail.lowerBound, textRange: tail.lowerBound..<tail.lowerBound,
            destinationRange: tail.lowerBound..<tail.lowerBound, titleRange: nil, isImage: false, isAngleBracketed: false)
        storedBlock = UInt32(truncatingIfNeeded: block)
        markerLower = UInt32(truncatingIfNeeded: marker.lowerBound)
        markerUpper = UInt32(truncatingIfNeeded: marker.upperBound)
        storedNesting = UInt8(truncatingIfNeeded: nesting)
        storedParagraph = paragraph.map { UInt32(truncatingIfNeeded: $0) } ?? .max
        firstLineLower = UInt32(truncatingIfNeeded: firstLine.lowerBound)
        firstLineUpper = UInt32(truncatingIfNeeded: firstLine.upperBound)
        looseLower = UInt32(truncatingIfNeeded: looseLink?.lowerBound ?? 0)
        looseUpper = UInt32(truncatingIfNeeded: looseLink?.upperBound ?? 0)
        tailLower = UInt32(truncatingIfNeeded: tail.lowerBound)
        tailUpper = UInt32(truncatingIfNeeded: tail.upperBound)
        self.markerCharacter = markerCharacter
        flags = (isOrdered ? 1 : 0) | (link == nil ? 0 : 2) | (linkStartsItem ? 4 : 0) | (hasAnyLink ? 8 : 0)
            | (looseLink == nil ? 0 : 16)
    }

    /// Index of the list item in `MarkdownDocument.blocks`.
    public var block: Int { Int(storedBlock) }
    /// The list marker (`-`, `*`, `+`, `1.`, `2)`).
    public var marker: Range<Int> { Range(uncheckedBounds: (Int(markerLower), Int(markerUpper))) }
    public var isOrdered: Bool { flags & 1 != 0 }
    /// 0 for an item of a section's own list, 1 for an item of a list nested in it, and so on.
    public var nesting: Int { Int(storedNesting) }
    /// The paragraph that starts on the item's first line, if any.
    public var paragraph: Int? { storedParagraph == .max ? nil : Int(storedParagraph) }
    /// The item's first line after the marker, trimmed (empty when the item starts blank).
    public var firstLine: Range<Int> { Range(uncheckedBounds: (Int(firstLineLower), Int(firstLineUpper))) }
    /// The first inline link of the item's first paragraph, in CommonMark's reading.
    public var link: InlineLink? { flags & 2 != 0 ? storedLink : nil }
    /// Whether `link` starts the item's text (nothing but the marker before it).
    public var linkStartsItem: Bool { flags & 4 != 0 }
    /// Whether the item holds an inline link anywhere in its first paragraph.
    public var hasAnyLink: Bool { flags & 8 != 0 }
    /// `[text](url)` at the start that CommonMark does not accept as a link (e.g. spaces in the URL)
    /// but the reference parser's pattern does: the whole bracket-and-parenthesis run.
    public var looseLink: Range<Int>? {
        flags & 16 == 0 ? nil : Range(uncheckedBounds: (Int(looseLower), Int(looseUpper)))
    }
    /// What follows the link on the line where it ends, up to the line end (untrimmed).
    public var tail: Range<Int> { Range(uncheckedBounds: (Int(tailLower), Int(tailUpper))) }
}

extension LLMSTxtItem: Progressing {
    /// Items are never a steady progression (each holds the offsets of its own text); dense
    /// chunks of them are stored narrow instead.
    public typealias Step = Bool

    public func step(to next: LLMSTxtItem) -> Bool? { nil }

    public func advanced(by step: Bool, times: Int) -> LLMSTxtItem { self }

    public static var laneCount: Int { 20 }

    // Offsets in the order they usually follow each other on the line, so each is stored as
    // its small distance from the one before.
    public func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) {
        lanes[0] = UInt32(markerCharacter) | UInt32(flags) << 8 | UInt32(storedNesting) << 16
        lanes[1] = storedBlock
        lanes[2] = storedParagraph
        lanes[3] = markerLower
        lanes[4] = markerUpper
        lanes[5] = firstLineLower
        storedLink.writeLanes(to: lanes + 6)
        lanes[15] = tailLower
        lanes[16] = tailUpper
        lanes[17] = firstLineUpper
        lanes[18] = looseLower
        lanes[19] = looseUpper
    }

    public init(lanes: UnsafePointer<UInt32>) {
        markerCharacter = UInt8(truncatingIfNeeded: lanes[0])
        flags = UInt8(truncatingIfNeeded: lanes[0] >> 8)
        storedNesting = UInt8(truncatingIfNeeded: lanes[0] >> 16)
        storedBlock = lanes[1]
        storedParagraph = lanes[2]
        markerLower = lanes[3]
        markerUpper = lanes[4]
        firstLineLower = lanes[5]
        storedLink = InlineLink(lanes: lanes + 6)
        tailLower = lanes[15]
        tailUpper = lanes[16]
        firstLineUpper = lanes[17]
        looseLower = lanes[18]
        looseUpper = lanes[19]
    }

    /// Dense below 48 bytes of text an item, where its 76 bytes whole cost over one and a half
    /// times the text (a 100 MB llms.txt of described links stays whole and fast to read).
    public static func isDense(from first: LLMSTxtItem, to last: LLMSTxtItem, count: Int) -> Bool {
        Int(last.tailUpper &- first.markerLower) < 48 * count
    }
}

