/// An H2 section of an llms.txt: its heading, the top-level blocks under it and its list items.
public struct LLMSTxtSection: Sendable, Hashable {
    public var heading: LLMSTxtHeading
    /// Top-level blocks after the heading, up to the next H2 (headings of other levels included).
    public var blocks: [Int]
    /// Every list item inside the section's top-level lists, nested ones included, in order.
    public var items: [LLMSTxtItem]

    /// Whether any item starts with a link, as a section item should.
    public var hasLinks: Bool { items.contains { $0.linkStartsItem || $0.looseLink != nil } }
}
