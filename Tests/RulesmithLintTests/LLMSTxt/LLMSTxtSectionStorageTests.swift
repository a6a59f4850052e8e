import Foundation
import RulesmithTestSupport
import Testing
@testable import RulesmithLint
@testable import RulesmithText

/// The sections, headings and item links that `LLMSTxtStructure` keeps as columns of positions
/// read back exactly what a direct walk of the top-level blocks finds (the per-section lists they
/// replaced), on the shared corpus and on inputs built to break the windows.
struct LLMSTxtSectionStorageTests {
    static let adversarial: [String] = [
        "",
        "## \n## \n## \n",
        "# T\n\n> S\n\n## A\n## B\n\n- [a](u)\n## C",
        "## A\n\n- [a](u)\n  - [b](v)\n- [c](w)\n\n## B\n\ntext\n\n- x\n",
        "# T\n## A\n- [a](u)\n\n  more\n\n  ```\n  code\n  ```\n- [b](v)\n  wrapped\n  twice\n##B\n- * [n](m)\n",
        "# T\n\n## A\n\n> - [q](u)\n\n1. [o](u)\n2) [p](u)\n\n## A\n\n- ![i](u)\n- [](u)\n- [r](u) : n\n",
        "- [pre](u)\n## A\n- - [deep](u)\n- [l](u)\n# late\n## B\n",
        String(repeating: "## S\n- [a](https://x.dev/a.md): n\n  w\n", count: 50),
    ]

    static func inputs() -> [[UInt8]] {
        adversarial.map { Array($0.utf8) }
            + SharedCorpus.llmsTxtFiles().compactMap { try? [UInt8](Data(contentsOf: $0)) }
    }

    @Test func sectionsReadBackWhatTheTopLevelBlocksHold() {
        for bytes in Self.inputs() {
            let source = SourceText(bytes: bytes)
            let structure = LLMSTxtStructure(source, markdown: MarkdownDocument(source))
            let blocks = structure.markdown.blocks
            // The direct walk: every heading of the top level, and the blocks from each H2 to the next.
            var headings: [LLMSTxtHeading] = []
            var sections: [(heading: LLMSTxtHeading, blocks: [Int])] = []
            for index in structure.topLevel {
                let heading = LLMSTxtStructure.heading(blocks[index], index, source)
                if let heading { headings.append(heading) }
                if let heading, heading.level == 2 {
                    sections.append((heading, []))
                } else if !sections.isEmpty {
                    sections[sections.count - 1].blocks.append(index)
                }
            }
            #expect(Array(structure.headings) == headings)
            for heading in headings { #expect(structure.heading(startingAt: heading.range.lowerBound) == heading) }
            #expect(structure.sections.count == sections.count)
            var items: [LLMSTxtItem] = []
            for (section, expected) in zip(structure.sections, sections) {
                #expect(section.heading == expected.heading)
                #expect(Array(section.blocks) == expected.blocks)
                #expect(section.blocks.indices == 0..<expected.blocks.count)
                // Each item lies inside one of its section's lists, in document order.
                for item in section.items {
                    #expect(expected.blocks.contains { blocks[$0].isList && $0 < item.block && item.block < structure.subtreeEnd[$0] })
                }
                #expect(section.items.map(\.block) == section.items.map(\.block).sorted())
                items += section.items
            }
            let links = items.compactMap { item in
                item.linkStartsItem && item.nesting == 0 && item.link.map { !$0.isImage } == true ? item.link : nil
            }
            #expect(Array(structure.itemLinks) == links)
        }
    }

    @Test func itemPartsAreReadFromTheBlocks() {
        let text = "## A\n- [a](u)\n  wrapped\n  twice\n\n  para\n\n  ```\n  code\n  ```\n  - [n](v)\n- [b](w)\n"
        let source = SourceText(text)
        let structure = LLMSTxtStructure(source, markdown: MarkdownDocument(source))
        let items = structure.sections[0].items
        #expect(items.count == 3)
        let first = items[0]
        #expect(structure.continuationLines(of: first) == [16, 26])
        let extra = structure.extraBlocks(of: first)
        #expect(extra.map { structure.markdown.blocks[$0].isParagraph } == [true, false])
        #expect(structure.extraBlocks(of: items[2]).isEmpty)
        #expect(structure.continuationLines(of: items[2]).isEmpty)
    }

    /// Short items of varied length (link-less, relative links, nested): chunks of them are
    /// stored narrow, and each reads back what the item reader makes of its block.
    @Test func denseItemsReadBackAsRead() {
        var state: UInt64 = 11
        func word() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return String(repeating: "abcdefgh".map { $0 }[Int(state >> 60) % 8], count: Int(state >> 57) % 6 + 1)
        }
        var text = "# P\n\n## Docs\n\n"
        // Five kinds of 1,200 items each: several chunks (of 1,024) of each kind and across kinds.
        for index in 0..<6_000 {
            switch index / 1_200 {
            case 0: text += "- \(word())\n"
            case 1: text += "- [\(word())](\(word()).md)\n"
            case 2: text += "- [\(word())](\(word()).md): \(word())\n  - \(word())\n"
            case 3: text += "1. \(word())\n"
            default: text += "- ![\(word())](\(word())) [\(word())](<\(word())> \"\(word())\")\n"
            }
        }
        let source = SourceText(text)
        let markdown = MarkdownDocument(source)
        let structure = LLMSTxtStructure(source, markdown: markdown)
        let items = structure.sections[0].items
        #expect(items.count > 6_000)
        #expect(!structure.sections.items.storage.narrow.lanes.isEmpty)
        for item in items {
            guard case .listItem(let ordered, let char, _) = markdown.blocks[item.block].kind else {
                Issue.record("item \(item.block) is not a list item")
                continue
            }
            let read = LLMSTxtItemReader.read(
                item.block, ordered: ordered, char: char, nesting: item.nesting, markdown, source, structure.subtreeEnd)
            #expect(item == read)
        }
    }
}
