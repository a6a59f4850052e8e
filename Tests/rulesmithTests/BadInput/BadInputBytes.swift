/// The hostile inputs the table feeds to commands, as bytes.
enum BadInputBytes {
    static let nul: [UInt8] = Array("# Title\n\n> Sum\u{0}mary\n\n".utf8) + [0, 0, 0] + Array("\n- [a](b.md)\n".utf8)
    static let invalidUTF8: [UInt8] = Array("# Title\n\n".utf8) + [0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF8] + Array("\n".utf8)
    static let binary: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }

    /// UTF-16 little endian with a byte-order mark.
    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static let utf16Markdown = utf16("# Title\n\n> Summary\n\n- Use tabs.\n")
    static let utf16Config = utf16("stacks: [tool]\n")

    /// 100 MB of plain text lines (few findings, so the row measures reading and scanning).
    static var hundredMegabytesOfProse: [UInt8] {
        let line = Array("Plain prose that goes on and on, describing the project in more words than anyone reads.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(100 << 20)
        while bytes.count < 100 << 20 { bytes += line }
        return bytes
    }

    /// One line of a million bytes.
    static let megabyteLine: [UInt8] = Array("# Title\n\n> Summary\n\n".utf8) + [UInt8](repeating: 0x61, count: 1 << 20) + [0x0A]

    /// 10,000 levels of nested lists, on one line and as indented lines.
    static let nestedLists: [UInt8] = {
        var bytes = Array("# Title\n\n".utf8)
        for _ in 0..<10_000 { bytes += Array("- ".utf8) }
        bytes += Array("deep\n".utf8)
        for level in 0..<10_000 { bytes += [UInt8](repeating: 0x20, count: level % 64 * 2) + Array("1. x\n".utf8) }
        return bytes
    }()

    /// 10,000 levels of nested block quotes.
    static let nestedQuotes: [UInt8] = {
        var bytes = Array("# Title\n\n".utf8)
        bytes += [UInt8](repeating: 0x3E, count: 10_000) + Array(" deep\n".utf8)
        for _ in 0..<1_000 { bytes += Array("> > > > > > > > > > lazy\n".utf8) }
        return bytes
    }()

    /// The billion-laughs shape: nine levels of nine aliases each.
    static let aliasBombYAML: String = {
        var lines = ["a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",")
            lines.append("a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let aliasBombFrontmatter: [UInt8] = Array(("---\ndescription: bomb\nglobs: \"*.ts\"\n" + aliasBombYAML + "---\n\nBody.\n").utf8)

    /// A config whose only value is the alias bomb, then used in a known key.
    static let aliasBombConfig: [UInt8] = Array((aliasBombYAML + "stacks: *a9\n").utf8)

    /// Frontmatter of 10 MB: one huge value, then many keys.
    static let hugeFrontmatter: [UInt8] = {
        var bytes = Array("---\ndescription: ".utf8) + [UInt8](repeating: 0x78, count: 5 << 20) + [0x0A]
        let line = Array("key: value value value value value value value value value\n".utf8)
        while bytes.count < 10 << 20 { bytes += line }
        return bytes + Array("---\n\nBody.\n".utf8)
    }()

    /// Frontmatter of 3 MB (under the 4 MiB limit for rules files): one large value, then many keys.
    static let largeFrontmatter: [UInt8] = {
        var bytes = Array("---\ndescription: ".utf8) + [UInt8](repeating: 0x78, count: 1 << 20) + [0x0A]
        let line = Array("key: value value value value value value value value value\n".utf8)
        while bytes.count < 3 << 20 { bytes += line }
        return bytes + Array("---\n\nBody.\n".utf8)
    }()

    /// Every other byte a finding (a control character between letters), 8 MB on one line.
    static let controlCharacterFlood: [UInt8] = {
        var bytes = [UInt8](repeating: 0x01, count: 8 << 20)
        for index in stride(from: 0, to: bytes.count, by: 2) { bytes[index] = 0x61 }
        return bytes
    }()

    static let hugeConfig: [UInt8] = Array("stacks: [tool]\n# ".utf8) + [UInt8](repeating: 0x78, count: 10 << 20) + [0x0A]
}
