/// An H2 section of an llms.txt: its heading, the top-level blocks under it and its list items.
///
/// A view made on demand from `LLMSTxtSections`: the structure keeps 12 bytes per section, not a
/// heading copy and two arrays each (a file of millions of `## ` lines has one per line).
public struct LLMSTxtSection: Sendable {
    public let heading: LLMSTxtHeading
    /// Top-level blocks after the heading, up to the next H2 (headings of other levels included).
    public let blocks: SectionBlocks
    /// Every list item inside the section's top-level lists, nested ones included, in order.
    public let items: SectionItems

    /// Whether any item starts with a link, as a section item should.
    public var hasLinks: Bool {
        for item in items where item.linkStartsItem || item.looseLink != nil { return true }
        return false
    }
}
