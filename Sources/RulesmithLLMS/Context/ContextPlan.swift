import RulesmithLint
import RulesmithText

/// What a context document will hold, read from an llms.txt: the project's title, summary and
/// details, and each section's linked documents with their resolved targets.
public struct ContextPlan: Sendable {
    /// One linked document: an item of a section's list that starts with a link.
    public struct Entry: Sendable, Hashable {
        public var title: String
        /// The URL as written.
        public var url: String
        /// The text after the link, without the `:` (nil when empty).
        public var notes: String?
        public var link: ResolvedLink
    }

    /// An H2 section and its documents.
    public struct Section: Sendable, Hashable {
        public var name: String
        public var entries: [Entry]
    }

    public var title: String?
    public var summary: String?
    /// The details blocks as written (Markdown), or the text before the first H2 when there is no H1.
    public var details: String
    public var sections: [Section]
    /// Links left out because their section is `## Optional` and optional links were not asked for.
    public var skippedOptionalLinks: Int

    /// - Parameters:
    ///   - includeOptional: keep the section named exactly `Optional` (v1: consumers may skip it).
    public init(source: SourceText, structure: LLMSTxtStructure, resolver: LinkResolver, includeOptional: Bool) {
        let blocks = structure.markdown.blocks
        title = structure.title.map { source.string($0.nameRange) }
        summary = structure.summary.map { Self.quoteText(blocks[$0], source) }
        let detailBlocks = structure.title == nil ? structure.preamble : structure.details
        if let first = detailBlocks.first, let last = detailBlocks.last {
            details = source.string(blocks[first].range.lowerBound..<max(blocks[first].range.lowerBound, blocks[last].range.upperBound))
        } else {
            details = ""
        }
        var sections: [Section] = []
        var skipped = 0
        for section in structure.sections {
            let name = source.string(section.heading.nameRange)
            let entries = section.items.compactMap { Self.entry($0, source, resolver) }
            if name == "Optional" && !includeOptional {
                skipped += entries.count
                continue
            }
            sections.append(Section(name: name, entries: entries))
        }
        self.sections = sections
        skippedOptionalLinks = skipped
    }

    /// Every distinct link target, in first-seen order: what a fetcher has to read.
    public var uniqueLinks: [ResolvedLink.Target] {
        var seen = Set<ResolvedLink.Target>()
        var output: [ResolvedLink.Target] = []
        for section in sections {
            for entry in section.entries where seen.insert(entry.link.target).inserted {
                output.append(entry.link.target)
            }
        }
        return output
    }

    /// A block quote's lines without their `>` markers, joined by spaces.
    private static func quoteText(_ block: MarkdownBlock, _ source: SourceText) -> String {
        let bytes = source.bytes
        var parts: [String] = []
        for line in block.lines {
            var range = source.contentRange(ofLine: line)
            range = ByteClass.trimmed(bytes, max(range.lowerBound, min(block.range.lowerBound, range.upperBound))..<range.upperBound)
            if range.lowerBound < range.upperBound, bytes[range.lowerBound] == 0x3E {
                range = ByteClass.trimmed(bytes, (range.lowerBound + 1)..<range.upperBound)
            }
            if !range.isEmpty { parts.append(source.string(range)) }
        }
        return parts.joined(separator: " ")
    }

    private static func entry(_ item: LLMSTxtItem, _ source: SourceText, _ resolver: LinkResolver) -> Entry? {
        let bytes = source.bytes
        let title: String
        let url: String
        if item.linkStartsItem, let link = item.link, !link.isImage {
            title = source.string(link.textRange)
            url = source.string(link.destinationRange)
        } else if let loose = item.looseLink {
            // `[text](url)` that CommonMark rejects (a space in the URL) but every llms.txt reader takes.
            guard let close = bytes[loose].firstIndex(of: 0x5D) else { return nil }
            title = source.string((loose.lowerBound + 1)..<close)
            url = source.string((close + 2)..<(loose.upperBound - 1))
        } else {
            return nil
        }
        var tail = ByteClass.trimmed(bytes, item.tail)
        if tail.lowerBound < tail.upperBound, bytes[tail.lowerBound] == 0x3A {
            tail = ByteClass.trimmed(bytes, (tail.lowerBound + 1)..<tail.upperBound)
        }
        let notes = tail.isEmpty ? nil : source.string(tail)
        return Entry(title: String(title.trimmingWhitespace), url: url, notes: notes, link: resolver.resolve(url))
    }
}
