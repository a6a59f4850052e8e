/// Assembles one rendered file and records where each rule's text landed, so a hand edit can be
/// traced back to its rule (`RenderedFile.sections`). A section covers exactly the rule's body
/// as rendered (variables substituted), never the lines rulesmith adds around it, so the text of
/// a section is a body the template could hold.
struct RenderedFileBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var rules: [String] = []
    private(set) var sections: [RenderedSection] = []

    mutating func append(_ text: String) {
        bytes.append(contentsOf: Array(text.utf8))
    }

    /// Frontmatter first (editors look for `---` on line 1), then the generated-by line.
    mutating func appendPreamble(frontmatter: [FrontmatterWriter.Field], sources: [String]) {
        append(FrontmatterWriter.block(frontmatter))
        append(GeneratedHeader.line(from: sources))
    }

    /// A blank line, then (when `introduced`) the line saying when the rule applies, then its
    /// body. The introduction sits directly above a heading so it reads as that rule's, with a
    /// blank line in between only when the body does not open with a heading.
    mutating func appendRule(_ rule: TargetRule, introduced: Bool) {
        separate()
        if introduced, let line = rule.appliesWhen {
            append(line + "\n")
            if !Self.startsWithATXHeading(rule.body) { append("\n") }
        }
        let start = bytes.count
        bytes.append(contentsOf: rule.body)
        rules.append(rule.name)
        sections.append(RenderedSection(rule: rule.name, range: start..<bytes.count))
    }

    /// A blank line unless the file is empty or already ends with one.
    mutating func separate() {
        guard !bytes.isEmpty, !bytes.suffix(2).elementsEqual([0x0A, 0x0A]) else { return }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes.append(0x0A)
    }

    /// Names a rule the file loads without holding its text (an `@AGENTS.md` import).
    mutating func declare(_ rule: String) {
        rules.append(rule)
    }

    func file(path: String, target: String) -> RenderedFile {
        RenderedFile(path: path, target: target, contents: bytes, rules: rules, sections: sections)
    }

    /// `#` to `######` followed by a space, a tab or the end of the line.
    static func startsWithATXHeading(_ body: [UInt8]) -> Bool {
        var index = 0
        while index < body.count, index < 7, body[index] == UInt8(ascii: "#") { index += 1 }
        guard (1...6).contains(index) else { return false }
        return index == body.count || body[index] == 0x20 || body[index] == 0x09 || body[index] == 0x0A
    }
}
