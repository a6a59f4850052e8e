/// CommonMark block-structure scanner over bytes: containers (block quotes, lists, items) and
/// leaves (headings, paragraphs with lazy continuation, fenced and indented code, HTML blocks,
/// thematic breaks). One pass, linear in the input; container nesting is capped.
struct BlockScanner {
    /// Deeper nesting is read as text, which keeps hostile input (10,000 nested quotes) linear.
    static let maximumDepth = 64

    private let source: SourceText
    private(set) var blocks = MarkdownBlocks()
    private(set) var lines = MarkdownLines()

    /// Open containers, outermost first (indices into `blocks`).
    private var open: [Int] = []
    /// Parallel to `open`: for a list item, the indentation its continuation lines need.
    private var openIndent: [Int] = []
    private var openLeaf: Int?
    private var fence: (char: UInt8, length: Int, indent: Int)?
    private var htmlEnd: Int = 0
    /// Parallel to `open`: the last line each open container holds, for its closing range.
    /// (Arrays rather than dictionaries: they are written on every line.)
    private var openLast: [Int] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Files of at least this many lines reserve their blocks up front (about 290 KB of blocks).
    static let reservedLineCount = 4096

    mutating func scan() {
        let lineCount = source.lineCount
        lines.reserveCapacity(lineCount)
        // Two blocks per line in a list of links (the item and its paragraph, no blanks): growing
        // a large array by doubling copied it and held both copies. Reserved memory that is never
        // written is never faulted in, so a file of one block per line pays nothing for it — but
        // only in a mapping of its own (128 KB and more): a small file's reservation shares heap
        // pages, and with a few blocks per hundred lines it held six times what it used, over the
        // thousands of documents alive at once in a monorepo's `hook run`.
        if lineCount >= Self.reservedLineCount {
            blocks.reserveCapacity(2 * lineCount + 2)
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            for lineIndex in 0..<lineCount {
                var range = source.contentRange(ofLine: lineIndex)
                if lineIndex == 0, range.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    range = 3..<range.upperBound
                }
                scanLine(lineIndex, range, buffer)
            }
        }
        closeAll(atLine: lineCount)
    }

    // MARK: One line

    private mutating func scanLine(_ lineIndex: Int, _ range: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        var cursor = LineCursor(bytes: buffer, start: range.lowerBound, end: range.upperBound)
        let matched = matchContainers(&cursor)
        let allMatched = matched == open.count

        if let leaf = openLeaf, allMatched {
            switch blocks[leaf].kind {
            case .fencedCode:
                continueFence(leaf, lineIndex, &cursor)
                return
            case .html:
                continueHTML(leaf, lineIndex, cursor)
                return
            case .indentedCode:
                let (indent, _) = cursor.indentation()
                if indent >= 4 || cursor.restIsBlank() {
                    if !cursor.restIsBlank() { cursor.advanceColumns(4) }
                    extend(leaf, to: lineIndex)
                    record(lineIndex, leaf: leaf, cursor: cursor, lazy: false, blank: cursor.restIsBlank())
                    return
                }
                close(leaf)
            default:
                break
            }
        }

        var openedContainer = false
        let paragraphOpen = openLeaf.map { blocks[$0].isParagraph } ?? false

        containerLoop: while true {
            let (indent, firstNonBlank) = cursor.indentation()
            if indent >= 4 { break }
            guard let byte = cursor.byte(at: firstNonBlank) else { break }

            if paragraphOpen, allMatched, !openedContainer, byte == 0x3D || byte == 0x2D,
               let level = setextLevel(buffer, firstNonBlank, cursor.end) {
                convertToSetext(openLeaf!, level: level, lineIndex: lineIndex, cursor: cursor)
                return
            }
            if isThematicBreak(buffer, firstNonBlank, cursor.end) { break }
            guard open.count < Self.maximumDepth else { break }

            if byte == 0x3E {
                closeUnmatched(matched, openedContainer: openedContainer)
                cursor.advanceColumns(indent)
                let start = cursor.offset
                cursor.advanceByte()
                if let next = cursor.current, next == 0x20 || next == 0x09 { cursor.advanceColumns(1) }
                openContainer(.blockQuote, lineIndex: lineIndex, start: start)
                openedContainer = true
                continue
            }
            if let marker = listMarker(buffer, firstNonBlank, cursor.end) {
                let interrupting = paragraphOpen && allMatched && !openedContainer
                if interrupting && (marker.emptyAfter || (marker.number.map { $0 != 1 } ?? false)) { break }
                var keep = matched
                if !openedContainer, matched < open.count, case .list(let ordered, let char) = blocks[open[matched]].kind,
                   ordered == marker.ordered, char == marker.char {
                    keep = matched + 1
                }
                closeUnmatched(keep, openedContainer: openedContainer)
                cursor.advanceColumns(indent)
                let markerStart = cursor.offset
                for _ in 0..<marker.width { cursor.advanceByte() }
                let after = cursor.indentation()
                var required = indent + marker.width
                if marker.emptyAfter {
                    required += 1
                } else if after.columns >= 5 {
                    required += 1
                    cursor.advanceColumns(1)
                } else {
                    required += after.columns
                    cursor.advanceColumns(after.columns)
                }
                startListItem(marker, lineIndex: lineIndex, start: markerStart, markerEnd: markerStart + marker.width, required: required)
                openedContainer = true
                continue
            }
            break containerLoop
        }

        leafStart(lineIndex, &cursor, buffer, matched: matched, allMatched: allMatched, openedContainer: openedContainer)
    }

    /// Walks the open containers and consumes the markers of those the line continues.
    private mutating func matchContainers(_ cursor: inout LineCursor) -> Int {
        var matched = 0
        var index = 0
        while index < open.count {
            let block = open[index]
            switch blocks[block].kind {
            case .blockQuote:
                let (indent, firstNonBlank) = cursor.indentation()
                guard indent <= 3, cursor.byte(at: firstNonBlank) == 0x3E else { return matched }
                cursor.advanceColumns(indent)
                cursor.advanceByte()
                if let next = cursor.current, next == 0x20 || next == 0x09 { cursor.advanceColumns(1) }
                matched += 1
                index += 1
            case .list:
                guard index + 1 < open.count else { return matched }
                let required = openIndent[index + 1]
                if cursor.restIsBlank() {
                    matched += 2
                    index += 2
                    continue
                }
                let (indent, _) = cursor.indentation()
                guard indent >= required else { return matched }
                cursor.advanceColumns(required)
                matched += 2
                index += 2
            default:
                index += 1
                matched += 1
            }
        }
        return matched
    }

    private mutating func leafStart(
        _ lineIndex: Int, _ cursor: inout LineCursor, _ buffer: UnsafeBufferPointer<UInt8>,
        matched: Int, allMatched: Bool, openedContainer: Bool
    ) {
        let (indent, firstNonBlank) = cursor.indentation()
        let blank = firstNonBlank >= cursor.end
        let paragraph = openLeaf.flatMap { blocks[$0].isParagraph ? $0 : nil }

        if blank {
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            markContainers(lineIndex)
            record(lineIndex, leaf: nil, cursor: cursor, lazy: false, blank: true)
            return
        }
        if indent >= 4 {
            if let paragraph, !openedContainer {
                continueParagraph(paragraph, lineIndex, cursor, lazy: !allMatched)
                return
            }
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            cursor.advanceColumns(4)
            let block = openLeafBlock(.indentedCode, lineIndex: lineIndex, start: cursor.offset, end: cursor.end)
            record(lineIndex, leaf: block, cursor: cursor, lazy: false, blank: false)
            return
        }
        cursor.advanceColumns(indent)
        let start = cursor.offset
        let byte = buffer[start]

        if byte == 0x23, let heading = atxHeading(buffer, start, cursor.end) {
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            var block = MarkdownBlock(
                kind: .heading(level: heading.level, setext: false), parent: open.last, depth: open.count,
                lines: lineIndex..<(lineIndex + 1), range: start..<cursor.end, contentRange: heading.content)
            block.range = start..<cursor.end
            blocks.append(block)
            record(lineIndex, leaf: blocks.count - 1, cursor: cursor, lazy: false, blank: false)
            markContainers(lineIndex)
            return
        }
        if (byte == 0x60 || byte == 0x7E), let opener = fenceOpener(buffer, start, cursor.end) {
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            let block = openLeafBlock(.fencedCode(fence: byte, length: opener.length, closed: false), lineIndex: lineIndex, start: start, end: cursor.end)
            blocks[block].contentRange = opener.info
            fence = (byte, opener.length, indent)
            record(lineIndex, leaf: block, cursor: cursor, lazy: false, blank: false)
            return
        }
        if isThematicBreak(buffer, start, cursor.end) {
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            blocks.append(MarkdownBlock(
                kind: .thematicBreak, parent: open.last, depth: open.count,
                lines: lineIndex..<(lineIndex + 1), range: start..<cursor.end, contentRange: start..<cursor.end))
            record(lineIndex, leaf: blocks.count - 1, cursor: cursor, lazy: false, blank: false)
            markContainers(lineIndex)
            return
        }
        if byte == 0x3C, let type = HTMLBlockStart.type(buffer, start, cursor.end),
           type != 7 || paragraph == nil || openedContainer {
            closeUnmatched(matched, openedContainer: openedContainer)
            if let leaf = openLeaf { close(leaf) }
            let block = openLeafBlock(.html(type: type), lineIndex: lineIndex, start: start, end: cursor.end)
            htmlEnd = type
            record(lineIndex, leaf: block, cursor: cursor, lazy: false, blank: false)
            if HTMLBlockStart.endsOnLine(type: type, buffer, start, cursor.end) { close(block) }
            return
        }
        if let paragraph, !openedContainer {
            continueParagraph(paragraph, lineIndex, cursor, lazy: !allMatched)
            return
        }
        closeUnmatched(matched, openedContainer: openedContainer)
        if let leaf = openLeaf { close(leaf) }
        let block = openLeafBlock(.paragraph, lineIndex: lineIndex, start: start, end: cursor.end)
        record(lineIndex, leaf: block, cursor: cursor, lazy: false, blank: false)
    }

    // MARK: Leaf continuation

    private mutating func continueParagraph(_ paragraph: Int, _ lineIndex: Int, _ cursor: LineCursor, lazy: Bool) {
        var cursor = cursor
        cursor.skipIndentation()
        extend(paragraph, to: lineIndex)
        blocks[paragraph].range = blocks[paragraph].range.lowerBound..<cursor.end
        blocks[paragraph].contentRange = blocks[paragraph].range
        if !lazy { markContainers(lineIndex) }
        record(lineIndex, leaf: paragraph, cursor: cursor, lazy: lazy, blank: false)
    }

    private mutating func continueFence(_ leaf: Int, _ lineIndex: Int, _ cursor: inout LineCursor) {
        guard let fence else { return }
        let (indent, firstNonBlank) = cursor.indentation()
        if indent <= 3, isClosingFence(cursor.bytes, firstNonBlank, cursor.end, fence.char, fence.length) {
            extend(leaf, to: lineIndex)
            blocks[leaf].kind = .fencedCode(fence: fence.char, length: fence.length, closed: true)
            blocks[leaf].range = blocks[leaf].range.lowerBound..<cursor.end
            record(lineIndex, leaf: leaf, cursor: cursor, lazy: false, blank: false)
            close(leaf)
            return
        }
        cursor.advanceColumns(fence.indent)
        extend(leaf, to: lineIndex)
        blocks[leaf].range = blocks[leaf].range.lowerBound..<cursor.end
        record(lineIndex, leaf: leaf, cursor: cursor, lazy: false, blank: cursor.restIsBlank())
    }

    private mutating func continueHTML(_ leaf: Int, _ lineIndex: Int, _ cursor: LineCursor) {
        if htmlEnd >= 6, cursor.restIsBlank() {
            close(leaf)
            markContainers(lineIndex)
            record(lineIndex, leaf: nil, cursor: cursor, lazy: false, blank: true)
            return
        }
        extend(leaf, to: lineIndex)
        blocks[leaf].range = blocks[leaf].range.lowerBound..<cursor.end
        record(lineIndex, leaf: leaf, cursor: cursor, lazy: false, blank: cursor.restIsBlank())
        if htmlEnd < 6, HTMLBlockStart.endsOnLine(type: htmlEnd, cursor.bytes, cursor.offset, cursor.end) { close(leaf) }
    }

    private mutating func convertToSetext(_ paragraph: Int, level: Int, lineIndex: Int, cursor: LineCursor) {
        let content = blocks[paragraph].range
        blocks[paragraph].kind = .heading(level: level, setext: true)
        blocks[paragraph].contentRange = Self.trimmed(cursor.bytes, content)
        extend(paragraph, to: lineIndex)
        blocks[paragraph].range = content.lowerBound..<cursor.end
        markContainers(lineIndex)
        record(lineIndex, leaf: paragraph, cursor: cursor, lazy: false, blank: false)
        close(paragraph)
    }

    // MARK: Opening and closing

    private mutating func openContainer(_ kind: MarkdownBlock.Kind, lineIndex: Int, start: Int) {
        blocks.append(MarkdownBlock(
            kind: kind, parent: open.last, depth: open.count,
            lines: lineIndex..<(lineIndex + 1), range: start..<start, contentRange: start..<start))
        open.append(blocks.count - 1)
        openLast.append(lineIndex)
        openIndent.append(0)
    }

    private mutating func startListItem(_ marker: ListMarker, lineIndex: Int, start: Int, markerEnd: Int, required: Int) {
        if let top = open.last, case .list(let ordered, let char) = blocks[top].kind,
           ordered == marker.ordered, char == marker.char {
            // Sibling item in the same list: the previous item was closed by closeUnmatched.
        } else {
            openContainer(.list(ordered: marker.ordered, marker: marker.char), lineIndex: lineIndex, start: start)
        }
        openContainer(.listItem(ordered: marker.ordered, marker: marker.char, number: marker.number), lineIndex: lineIndex, start: start)
        let item = blocks.count - 1
        blocks[item].contentRange = start..<markerEnd
        openIndent[openIndent.count - 1] = required
    }

    /// Closes containers the line did not continue, keeping a list open when the line starts
    /// a sibling item (the caller then reuses it).
    private mutating func closeUnmatched(_ matched: Int, openedContainer: Bool) {
        guard !openedContainer, matched < open.count else { return }
        if let leaf = openLeaf { close(leaf) }
        while open.count > matched { finishContainer() }
    }

    /// Closes the innermost open container.
    private mutating func finishContainer() {
        let block = open.removeLast()
        let last = openLast.removeLast()
        openIndent.removeLast()
        blocks[block].lines = blocks[block].lines.lowerBound..<(last + 1)
        let end = source.contentRange(ofLine: last).upperBound
        blocks[block].range = blocks[block].range.lowerBound..<max(end, blocks[block].range.lowerBound)
    }

    private mutating func openLeafBlock(_ kind: MarkdownBlock.Kind, lineIndex: Int, start: Int, end: Int) -> Int {
        blocks.append(MarkdownBlock(
            kind: kind, parent: open.last, depth: open.count,
            lines: lineIndex..<(lineIndex + 1), range: start..<end, contentRange: start..<end))
        openLeaf = blocks.count - 1
        markContainers(lineIndex)
        return blocks.count - 1
    }

    private mutating func extend(_ block: Int, to lineIndex: Int) {
        blocks[block].lines = blocks[block].lines.lowerBound..<(lineIndex + 1)
        markContainers(lineIndex)
    }

    private mutating func markContainers(_ lineIndex: Int) {
        for position in openLast.indices { openLast[position] = lineIndex }
    }

    private mutating func close(_ leaf: Int) {
        if openLeaf == leaf { openLeaf = nil }
        if case .fencedCode = blocks[leaf].kind { fence = nil }
        if blocks[leaf].isParagraph {
            blocks[leaf].contentRange = Self.trimmed(source.bytes, blocks[leaf].range)
        }
    }

    private mutating func closeAll(atLine lineIndex: Int) {
        if let leaf = openLeaf { close(leaf) }
        while !open.isEmpty { finishContainer() }
    }

    private mutating func record(_ lineIndex: Int, leaf: Int?, cursor: LineCursor, lazy: Bool, blank: Bool) {
        lines.append(MarkdownLine(leaf: leaf, container: open.last, contentStart: cursor.offset, isLazy: lazy, isBlank: blank))
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { trimmed($0, range) }
    }
}
