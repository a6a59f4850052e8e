import RulesmithText

/// The links tools fetch (`LLMSTxtStructure.itemLinks`), read from the section items that hold
/// them: 8 bytes per link where a copy of each link cost 36 (a 100 MB llms.txt has a million).
public struct ItemLinks: RandomAccessCollection, Sendable {
    private let sections: [LLMSTxtSection]
    /// Per link: its section (high 32 bits) and its item in the section (low 32 bits).
    private let positions: [UInt64]

    init(_ sections: [LLMSTxtSection]) {
        self.sections = sections
        var positions: [UInt64] = []
        positions.reserveCapacity(sections.reduce(0) { $0 + $1.items.count })
        for (sectionIndex, section) in sections.enumerated() {
            for (itemIndex, item) in section.items.enumerated() where item.linkStartsItem && item.nesting == 0 {
                if let link = item.link, !link.isImage {
                    positions.append(UInt64(sectionIndex) << 32 | UInt64(itemIndex))
                }
            }
        }
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }

    public subscript(position: Int) -> InlineLink {
        let packed = positions[position]
        // Only items with a link were recorded.
        return sections[Int(packed >> 32)].items[Int(packed & 0xFFFF_FFFF)].link!
    }
}
