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

    /// A blank line, then the rule's body; when `introduced`, the line saying when the rule
    /// applies goes under the body's opening heading, so it reads as the start of the rule's own
    /// section (above the heading it would read as the end of the previous one). A body without
    /// an opening heading gets the line above it, then a blank line.
    mutating func appendRule(_ rule: TargetRule, introduced: Bool) {
        separate()
        let line = introduced ? rule.appliesWhen : nil
        if let line, let headingEnd = Self.openingHeadingEnd(rule.body) {
            let start = bytes.count
            bytes.append(contentsOf: rule.body[..<headingEnd])
            let introductionStart = bytes.count
            append("\n" + line + "\n")
            let rest = rule.body[headingEnd...]
            if let first = rest.first, first != 0x0A { append("\n") }
            let introduction = introductionStart..<bytes.count
            bytes.append(contentsOf: rest)
            rules.append(rule.name)
            sections.append(RenderedSection(rule: rule.name, range: start..<bytes.count, introduction: introduction))
            return
        }
        if let line { append(line + "\n\n") }
        let start = bytes.count
        bytes.append(contentsOf: rule.body)
        rules.append(rule.name)
        sections.append(RenderedSection(rule: rule.name, range: start..<bytes.count))
    }

    /// Where the opening ATX heading line of `body` ends (after its line feed), nil when the body
    /// does not open with one or the heading is all there is.
    static func openingHeadingEnd(_ body: [UInt8]) -> Int? {
        guard startsWithATXHeading(body), let newline = body.firstIndex(of: 0x0A), newline + 1 < body.count else { return nil }
        return newline + 1
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
