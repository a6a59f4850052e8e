/// One block of a Markdown document: a container (block quote, list, list item) or a leaf
/// (heading, paragraph, code, HTML, thematic break), with its lines and byte ranges.
///
/// Stored in 36 bytes (32-bit offsets, the kind packed into a tag and one number): a 100 MB file
/// has millions of blocks, and at three times the size their array dominated memory. Offsets
/// and line numbers therefore assume a text under 4 GiB (`SourceText.maximumByteCount`).
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

    @usableFromInline var tag: Tag
    /// The list marker or fence character.
    @usableFromInline var character: UInt8
    /// Ordered list, setext heading, closed fence, or (bit 1) a list item with a number.
    @usableFromInline var flags: UInt8
    @usableFromInline var storedDepth: UInt8
    /// The list item's number, the fence length, the heading level or the HTML block type.
    @usableFromInline var value: UInt32
    /// `UInt32.max` at top level.
    @usableFromInline var storedParent: UInt32
    @usableFromInline var lineLower: UInt32
    @usableFromInline var lineUpper: UInt32
    @usableFromInline var rangeLower: UInt32
    @usableFromInline var rangeUpper: UInt32
    @usableFromInline var contentLower: UInt32
    @usableFromInline var contentUpper: UInt32

    @usableFromInline
    enum Tag: UInt8, Sendable, Hashable {
        case blockQuote, list, listItem, heading, paragraph, fencedCode, indentedCode, html, thematicBreak
    }

    init(kind: Kind, parent: Int?, depth: Int, lines: Range<Int>, range: Range<Int>, contentRange: Range<Int>) {
        tag = .paragraph
        character = 0
        flags = 0
        value = 0
        storedDepth = UInt8(truncatingIfNeeded: depth)
        storedParent = parent.map { UInt32(truncatingIfNeeded: $0) } ?? .max
        lineLower = UInt32(truncatingIfNeeded: lines.lowerBound)
        lineUpper = UInt32(truncatingIfNeeded: lines.upperBound)
        rangeLower = UInt32(truncatingIfNeeded: range.lowerBound)
        rangeUpper = UInt32(truncatingIfNeeded: range.upperBound)
        contentLower = UInt32(truncatingIfNeeded: contentRange.lowerBound)
        contentUpper = UInt32(truncatingIfNeeded: contentRange.upperBound)
        self.kind = kind
    }

    @inlinable
    public var kind: Kind {
        get {
            switch tag {
            case .blockQuote: .blockQuote
            case .list: .list(ordered: flags & 1 != 0, marker: character)
            case .listItem: .listItem(ordered: flags & 1 != 0, marker: character, number: flags & 2 != 0 ? Int(value) : nil)
            case .heading: .heading(level: Int(value), setext: flags & 1 != 0)
            case .paragraph: .paragraph
            case .fencedCode: .fencedCode(fence: character, length: Int(value), closed: flags & 1 != 0)
            case .indentedCode: .indentedCode
            case .html: .html(type: Int(value))
            case .thematicBreak: .thematicBreak
            }
        }
        set {
            character = 0
            flags = 0
            value = 0
            switch newValue {
            case .blockQuote: tag = .blockQuote
            case .list(let ordered, let marker):
                tag = .list
                flags = ordered ? 1 : 0
                character = marker
            case .listItem(let ordered, let marker, let number):
                tag = .listItem
                flags = (ordered ? 1 : 0) | (number == nil ? 0 : 2)
                character = marker
                value = UInt32(truncatingIfNeeded: number ?? 0)
            case .heading(let level, let setext):
                tag = .heading
                flags = setext ? 1 : 0
                value = UInt32(truncatingIfNeeded: level)
            case .paragraph: tag = .paragraph
            case .fencedCode(let fence, let length, let closed):
                tag = .fencedCode
                character = fence
                flags = closed ? 1 : 0
                value = UInt32(truncatingIfNeeded: length)
            case .indentedCode: tag = .indentedCode
            case .html(let type):
                tag = .html
                value = UInt32(truncatingIfNeeded: type)
            case .thematicBreak: tag = .thematicBreak
            }
        }
    }

    /// Index of the enclosing container in `MarkdownDocument.blocks`, or nil at top level.
    @inlinable
    public var parent: Int? {
        get { storedParent == .max ? nil : Int(storedParent) }
        set { storedParent = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? .max }
    }

    /// Number of enclosing containers.
    @inlinable
    public var depth: Int {
        get { Int(storedDepth) }
        set { storedDepth = UInt8(truncatingIfNeeded: newValue) }
    }

    /// 0-based lines the block spans (for containers, the lines of everything inside).
    @inlinable
    public var lines: Range<Int> {
        get { Range(uncheckedBounds: (Int(lineLower), Int(lineUpper))) }
        set {
            lineLower = UInt32(truncatingIfNeeded: newValue.lowerBound)
            lineUpper = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// Bytes from the block's first character (after container markers) to the end of its last line.
    @inlinable
    public var range: Range<Int> {
        get { Range(uncheckedBounds: (Int(rangeLower), Int(rangeUpper))) }
        set {
            rangeLower = UInt32(truncatingIfNeeded: newValue.lowerBound)
            rangeUpper = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// For headings: the text without markers or closing `#`s. For list items: the marker.
    /// For fenced code: the info string. Otherwise the same as `range`.
    @inlinable
    public var contentRange: Range<Int> {
        get { Range(uncheckedBounds: (Int(contentLower), Int(contentUpper))) }
        set {
            contentLower = UInt32(truncatingIfNeeded: newValue.lowerBound)
            contentUpper = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// Whether this is a leaf block (holds inline content or code, never other blocks).
    @inlinable
    public var isLeaf: Bool {
        switch tag {
        case .blockQuote, .list, .listItem: false
        default: true
        }
    }

    /// The heading level, when the block is a heading.
    @inlinable
    public var headingLevel: Int? { tag == .heading ? Int(value) : nil }

    /// Whether the block is fenced or indented code.
    @inlinable
    public var isCode: Bool { tag == .fencedCode || tag == .indentedCode }

    /// Whether the block is a paragraph (cheaper than comparing `kind`).
    @inlinable
    public var isParagraph: Bool { tag == .paragraph }

    /// Whether the block is a list (of any marker).
    @inlinable
    public var isList: Bool { tag == .list }

    /// Whether the block is a list item (of any marker).
    @inlinable
    public var isListItem: Bool { tag == .listItem }
}

extension MarkdownBlock: Progressing {
    /// How far each position moves from one block to the next (wrapping).
    public struct Step: Equatable, Sendable {
        @usableFromInline var value, parent, lineLower, lineUpper, rangeLower, rangeUpper, contentLower, contentUpper: UInt32
    }

    public func step(to next: MarkdownBlock) -> Step? {
        guard tag == next.tag, character == next.character, flags == next.flags, storedDepth == next.storedDepth else {
            return nil
        }
        return Step(
            value: next.value &- value, parent: next.storedParent &- storedParent,
            lineLower: next.lineLower &- lineLower, lineUpper: next.lineUpper &- lineUpper,
            rangeLower: next.rangeLower &- rangeLower, rangeUpper: next.rangeUpper &- rangeUpper,
            contentLower: next.contentLower &- contentLower, contentUpper: next.contentUpper &- contentUpper)
    }

    @inlinable
    public func advanced(by step: Step, times: Int) -> MarkdownBlock {
        let times = UInt32(truncatingIfNeeded: times)
        var block = self
        block.value &+= step.value &* times
        block.storedParent &+= step.parent &* times
        block.lineLower &+= step.lineLower &* times
        block.lineUpper &+= step.lineUpper &* times
        block.rangeLower &+= step.rangeLower &* times
        block.rangeUpper &+= step.rangeUpper &* times
        block.contentLower &+= step.contentLower &* times
        block.contentUpper &+= step.contentUpper &* times
        return block
    }

    @inlinable
    public static var laneCount: Int { 10 }

    // The kind's small fields in one lane (a list item and its paragraph differ by under a
    // byte), the character in another; each upper bound after its lower one, content after range.
    @inlinable
    public func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) {
        lanes[0] = UInt32(tag.rawValue) | UInt32(flags) << 4 | UInt32(storedDepth) << 6
        lanes[1] = UInt32(character)
        lanes[2] = value
        lanes[3] = storedParent
        lanes[4] = lineLower
        lanes[5] = lineUpper
        lanes[6] = rangeLower
        lanes[7] = contentLower
        lanes[8] = rangeUpper
        lanes[9] = contentUpper
    }

    @inlinable
    public init(lanes: UnsafePointer<UInt32>) {
        tag = Tag(rawValue: UInt8(truncatingIfNeeded: lanes[0] & 15))!
        flags = UInt8(truncatingIfNeeded: lanes[0] >> 4 & 3)
        storedDepth = UInt8(truncatingIfNeeded: lanes[0] >> 6)
        character = UInt8(truncatingIfNeeded: lanes[1])
        value = lanes[2]
        storedParent = lanes[3]
        lineLower = lanes[4]
        lineUpper = lanes[5]
        rangeLower = lanes[6]
        contentLower = lanes[7]
        rangeUpper = lanes[8]
        contentUpper = lanes[9]
    }

    /// Dense below 24 bytes of text a block: there the 36 bytes of a whole block cost more than
    /// the text (a 100 MB llms.txt of links, two blocks a line, stays whole and fast to read).
    public static func isDense(from first: MarkdownBlock, to last: MarkdownBlock, count: Int) -> Bool {
        Int(last.rangeUpper &- first.rangeLower) < 24 * count
    }
}

extension MarkdownLine: Progressing {
    /// How far each position moves from one line to the next (wrapping).
    public struct Step: Equatable, Sendable {
        @usableFromInline var leaf, container, contentStart: UInt32
    }

    public func step(to next: MarkdownLine) -> Step? {
        guard flags == next.flags else { return nil }
        return Step(
            leaf: next.storedLeaf &- storedLeaf, container: next.storedContainer &- storedContainer,
            contentStart: next.storedContentStart &- storedContentStart)
    }

    @inlinable
    public func advanced(by step: Step, times: Int) -> MarkdownLine {
        let times = UInt32(truncatingIfNeeded: times)
        return MarkdownLine(
            storedLeaf: storedLeaf &+ step.leaf &* times, storedContainer: storedContainer &+ step.container &* times,
            storedContentStart: storedContentStart &+ step.contentStart &* times, flags: flags)
    }

    @inlinable
    public static var laneCount: Int { 4 }

    @inlinable
    public func writeLanes(to lanes: UnsafeMutablePointer<UInt32>) {
        lanes[0] = UInt32(flags)
        lanes[1] = storedLeaf
        lanes[2] = storedContainer
        lanes[3] = storedContentStart
    }

    @inlinable
    public init(lanes: UnsafePointer<UInt32>) {
        self.init(
            storedLeaf: lanes[1], storedContainer: lanes[2], storedContentStart: lanes[3],
            flags: UInt8(truncatingIfNeeded: lanes[0]))
    }

    /// Dense below 24 bytes a line, where a whole line's 16 bytes cost more than two thirds of it.
    public static func isDense(from first: MarkdownLine, to last: MarkdownLine, count: Int) -> Bool {
        Int(last.storedContentStart &- first.storedContentStart) < 24 * count
    }
}

/// How one physical line was read: which leaf block holds it and where its content starts.
///
/// 32-bit indices and offset (`UInt32.max` for nil); `MarkdownLines` keeps them as columns.
public struct MarkdownLine: Sendable, Hashable {
    @usableFromInline var storedLeaf: UInt32
    @usableFromInline var storedContainer: UInt32
    @usableFromInline var storedContentStart: UInt32
    @usableFromInline var flags: UInt8

    init(leaf: Int?, container: Int?, contentStart: Int, isLazy: Bool, isBlank: Bool) {
        storedLeaf = leaf.map { UInt32(truncatingIfNeeded: $0) } ?? .max
        storedContainer = container.map { UInt32(truncatingIfNeeded: $0) } ?? .max
        storedContentStart = UInt32(truncatingIfNeeded: contentStart)
        flags = (isLazy ? 1 : 0) | (isBlank ? 2 : 0)
    }

    @inlinable
    init(storedLeaf: UInt32, storedContainer: UInt32, storedContentStart: UInt32, flags: UInt8) {
        self.storedLeaf = storedLeaf
        self.storedContainer = storedContainer
        self.storedContentStart = storedContentStart
        self.flags = flags
    }

    /// The innermost leaf block holding the line, or nil for a blank line or a closing fence
    /// that belongs to no content (then `container` says where it sits).
    @inlinable
    public var leaf: Int? { storedLeaf == .max ? nil : Int(storedLeaf) }
    /// The innermost container open on this line, or nil at top level.
    @inlinable
    public var container: Int? { storedContainer == .max ? nil : Int(storedContainer) }
    /// Byte offset where the line's content starts, after block-quote markers and list indentation.
    @inlinable
    public var contentStart: Int { Int(storedContentStart) }
    /// A paragraph line that continues a paragraph without repeating its containers' markers.
    @inlinable
    public var isLazy: Bool { flags & 1 != 0 }
    /// The line is empty or holds only spaces and tabs (after container markers).
    @inlinable
    public var isBlank: Bool { flags & 2 != 0 }
}
