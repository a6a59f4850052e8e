/// A top-level heading as an llms.txt reader sees it, including `#x` lines that only the
/// reference parser takes for headings.
public struct LLMSTxtHeading: Sendable, Hashable {
    /// How the heading was written.
    public enum Style: Sendable, Hashable {
        /// `## Name`.
        case atx
        /// `Name` underlined with `===` or `---`.
        case setext
        /// `##Name`: a paragraph in CommonMark, a heading to the reference parser.
        case unspaced
    }

    /// Index of the heading (or, for `.unspaced`, the paragraph) in `MarkdownDocument.blocks`.
    public var block: Int
    public var level: Int
    public var style: Style
    /// The whole heading, from its first marker or character to the end of its last line.
    public var range: Range<Int>
    /// The heading text without markers, closing `#`s or surrounding blanks.
    public var nameRange: Range<Int>
}
