/// A top-level heading as an llms.txt reader sees it, including `#x` lines that only the
/// reference parser takes for headings.
///
/// Stored in 24 bytes (32-bit offsets, as `MarkdownBlock`): a file of millions of `## ` lines
/// holds one per line, twice (in `headings` and in its section).
public struct LLMSTxtHeading: Sendable, Hashable {
    /// How the heading was written.
    public enum Style: UInt8, Sendable, Hashable {
        /// `## Name`.
        case atx
        /// `Name` underlined with `===` or `---`.
        case setext
        /// `##Name`: a paragraph in CommonMark, a heading to the reference parser.
        case unspaced
    }

    private var storedBlock: UInt32
    private var rangeLower: UInt32
    private var rangeUpper: UInt32
    private var nameLower: UInt32
    private var nameUpper: UInt32
    private var storedLevel: UInt8
    public let style: Style

    init(block: Int, level: Int, style: Style, range: Range<Int>, nameRange: Range<Int>) {
        storedBlock = UInt32(truncatingIfNeeded: block)
        storedLevel = UInt8(truncatingIfNeeded: level)
        self.style = style
        rangeLower = UInt32(truncatingIfNeeded: range.lowerBound)
        rangeUpper = UInt32(truncatingIfNeeded: range.upperBound)
        nameLower = UInt32(truncatingIfNeeded: nameRange.lowerBound)
        nameUpper = UInt32(truncatingIfNeeded: nameRange.upperBound)
    }

    /// Index of the heading (or, for `.unspaced`, the paragraph) in `MarkdownDocument.blocks`.
    public var block: Int { Int(storedBlock) }
    public var level: Int { Int(storedLevel) }
    /// The whole heading, from its first marker or character to the end of its last line.
    public var range: Range<Int> { Range(uncheckedBounds: (Int(rangeLower), Int(rangeUpper))) }
    /// The heading text without markers, closing `#`s or surrounding blanks.
    public var nameRange: Range<Int> { Range(uncheckedBounds: (Int(nameLower), Int(nameUpper))) }
}
