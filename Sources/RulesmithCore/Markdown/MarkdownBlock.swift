/// One block of a Markdown document: a container (block quote, list, list item) or a leaf
/// (heading, paragraph, code, HTML, thematic break), with its lines and byte ranges.
public struct MarkdownBlock: Sendable, Hashable {
    /// What the block is.
    public enum Kind: Sendable, Hashable {
        case blockQuote
        case list(ordered: Bool, marker: UInt8)
        case listItem(ordered: Bool, marker: UInt8, number: Int?)
        case heading(level: Int, setext: Bool)
        case paragraph
        case fencedCode(fence: UInt8, length: Int, closed: Bool)
        case indentedCode
        case html(type: Int)
        case thematicBreak
    }

    public var kind: Kind
    /// Index of the enclosing container in `MarkdownDocument.blocks`, or nil at top level.
    public var parent: Int?
    /// Number of enclosing containers.
    public var depth: Int
    /// 0-based lines the block spans (for containers, the lines of everything inside).
    public var lines: Range<Int>
    /// Bytes from the block's first character (after container markers) to the end of its last line.
    public var range: Range<Int>
    /// For headings: the text without markers or closing `#`s. For list items: the marker.
    /// For fenced code: the info string. Otherwise the same as `range`.
    public var contentRange: Range<Int>

    /// Whether this is a leaf block (holds inline content or code, never other blocks).
    public var isLeaf: Bool {
        switch kind {
        case .blockQuote, .list, .listItem: false
        default: true
        }
    }

    /// The heading level, when the block is a heading.
    public var headingLevel: Int? {
        if case .heading(let level, _) = kind { return level }
        return nil
    }

    /// Whether the block is fenced or indented code.
    public var isCode: Bool {
        switch kind {
        case .fencedCode, .indentedCode: true
        default: false
        }
    }
}

/// How one physical line was read: which leaf block holds it and where its content starts.
public struct MarkdownLine: Sendable, Hashable {
    /// The innermost leaf block holding the line, or nil for a blank line or a closing fence
    /// that belongs to no content (then `container` says where it sits).
    public var leaf: Int?
    /// The innermost container open on this line, or nil at top level.
    public var container: Int?
    /// Byte offset where the line's content starts, after block-quote markers and list indentation.
    public var contentStart: Int
    /// A paragraph line that continues a paragraph without repeating its containers' markers.
    public var isLazy: Bool
    /// The line is empty or holds only spaces and tabs (after container markers).
    public var isBlank: Bool
}
