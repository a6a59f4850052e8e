/// One list item inside an llms.txt section, with the link it starts with and what follows it.
public struct LLMSTxtItem: Sendable, Hashable {
    /// Index of the list item in `MarkdownDocument.blocks`.
    public var block: Int
    /// The list marker (`-`, `*`, `+`, `1.`, `2)`).
    public var marker: Range<Int>
    public var isOrdered: Bool
    /// The marker character: `-`, `*`, `+`, or `.`/`)` for ordered lists.
    public var markerCharacter: UInt8
    /// 0 for an item of a section's own list, 1 for an item of a list nested in it, and so on.
    public var nesting: Int
    /// The paragraph that starts on the item's first line, if any.
    public var paragraph: Int?
    /// The item's first line after the marker, trimmed (empty when the item starts blank).
    public var firstLine: Range<Int>
    /// The first inline link of the item's first paragraph, in CommonMark's reading.
    public var link: InlineLink?
    /// Whether `link` starts the item's text (nothing but the marker before it).
    public var linkStartsItem: Bool
    /// Whether the item holds an inline link anywhere in its first paragraph.
    public var hasAnyLink: Bool
    /// `[text](url)` at the start that CommonMark does not accept as a link (e.g. spaces in the URL)
    /// but the reference parser's pattern does: the whole bracket-and-parenthesis run.
    public var looseLink: Range<Int>?
    /// What follows the link on the line where it ends, up to the line end (untrimmed).
    public var tail: Range<Int>
    /// Lines of the first paragraph after its first (each from its first non-blank byte).
    public var continuationLines: [Int]
    /// Child blocks other than the first paragraph and nested lists (further paragraphs, code…).
    public var extraBlocks: [Int]
}
