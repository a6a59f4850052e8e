import RulesmithText

/// The links tools fetch (`LLMSTxtStructure.itemLinks`), read from the section items that hold
/// them: 4 bytes per link (its item's place in the one array of items) where a copy of each
/// link cost 36 (a 100 MB llms.txt has a million).
public struct ItemLinks: RandomAccessCollection, Sendable {
    private let items: LLMSTxtItems
    private let positions: BlockIndices

    init(_ sections: LLMSTxtSections) {
        items = sections.items
        var positions = BlockIndices()
        positions.reserveCapacity(items.reduce(0) { $0 + ($1.isFetchedLink ? 1 : 0) })
        for (position, item) in items.enumerated() where item.isFetchedLink {
            positions.append(position)
        }
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    public subscript(position: Int) -> InlineLink {
        // Only items with a link were recorded.
        items[positions[position]].link!
    }

    /// `transform` of each link, in order, in one walk that holds the item list and the
    /// positions once (`Collection.map` went through the subscript, retaining and releasing
    /// both for every link of a 50,000-link file).
    func map<T>(_ transform: (InlineLink) throws -> T) rethrows -> [T] {
        let items = items
        let positions = positions
        var result: [T] = []
        result.reserveCapacity(positions.count)
        for index in 0..<positions.count { result.append(try transform(items[positions[index]].link!)) }
        return result
    }
}

private extension LLMSTxtItem {
    /// A link of a section's own list that starts its item and is not an image.
    var isFetchedLink: Bool {
        guard linkStartsItem, nesting == 0, let link else { return false }
        return !link.isImage
    }
}
