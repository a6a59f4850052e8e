/// The block structure of a Markdown document, computed once per lint document and shared by rules.
public struct MarkdownDocument: Sendable {
    /// Every block in document order (a container precedes what it holds).
    public let blocks: MarkdownBlocks
    /// One entry per physical line.
    public let lines: MarkdownLines

    public init(_ source: SourceText) {
        var scanner = BlockScanner(source: source)
        scanner.scan()
        blocks = scanner.blocks
        lines = scanner.lines
    }

    /// Whether the 0-based line belongs to a fenced or indented code block (fence lines included).
    public func isCodeLine(_ line: Int) -> Bool {
        guard lines.indices.contains(line), let leaf = lines[line].leaf else { return false }
        return blocks[leaf].isCode
    }

    /// Whether the 0-based line belongs to an HTML block.
    public func isHTMLLine(_ line: Int) -> Bool {
        guard lines.indices.contains(line), let leaf = lines[line].leaf else { return false }
        if case .html = blocks[leaf].kind { return true }
        return false
    }

    /// The leaf blocks that hold inline text: headings and paragraphs.
    public var inlineBlocks: [MarkdownBlock] {
        blocks.filter {
            switch $0.kind {
            case .heading, .paragraph: true
            default: false
            }
        }
    }

    /// The chain of containers around block `index`, innermost first.
    public func ancestors(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current = blocks[index].parent
        while let parent = current {
            chain.append(parent)
            current = blocks[parent].parent
        }
        return chain
    }
}
