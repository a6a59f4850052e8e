import RulesmithText

/// The parts of a section item that few rules read, derived from the Markdown blocks on demand
/// so that no item keeps lists of its own.
extension LLMSTxtStructure {
    /// Where each line of the item's first paragraph after its first starts (its first non-blank byte).
    func continuationLines(of item: LLMSTxtItem) -> [Int] {
        guard let paragraph = item.paragraph else { return [] }
        let lines = markdown.blocks[paragraph].lines
        return ((lines.lowerBound + 1)..<max(lines.lowerBound + 1, lines.upperBound)).map { markdown.lines[$0].contentStart }
    }

    /// The item's child blocks other than its first paragraph and nested lists (further
    /// paragraphs, code…), in order.
    func extraBlocks(of item: LLMSTxtItem) -> [Int] {
        let blocks = markdown.blocks
        var extra: [Int] = []
        var child = item.block + 1
        while child < subtreeEnd[item.block] {
            if child != item.paragraph, !blocks[child].isList { extra.append(child) }
            child = subtreeEnd[child]
        }
        return extra
    }
}
