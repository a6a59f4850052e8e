import RulesmithText

/// Small shared pieces of the rules-file rules: where to point, how to word numbers, how to add
/// a frontmatter key.
enum RulesFileSupport {
    /// The first line's bytes (without terminator): where file-level findings point.
    static func firstLine(_ document: LintDocument) -> Range<Int> {
        document.source.contentRange(ofLine: 0)
    }

    /// Whether every byte from `start` on is whitespace (or a BOM at the very start).
    static func isBlank(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        if index == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        return bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                switch buffer[index] {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C: index += 1
                default: return false
                }
            }
            return true
        }
    }

    /// `12345` as `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value.magnitude))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return value < 0 ? "-" + output : output
    }

    /// An edit that adds `line` (e.g. `applyTo: "**"`) to the frontmatter, creating it if needed.
    static func addingFrontmatterLine(_ line: String, to document: LintDocument) -> TextEdit {
        let frontmatter = document.analysis(Frontmatter.self)
        let newline = frontmatter.lineEnding
        if frontmatter.isPresent, let closing = frontmatter.closingRange {
            return TextEdit(range: closing.lowerBound..<closing.lowerBound, replacement: line + newline)
        }
        let start = document.source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return TextEdit(range: start..<start, replacement: "---" + newline + line + newline + "---" + newline)
    }

    /// The closest of `candidates` to `word` (case-insensitive, edit distance at most 2), for
    /// "did you mean" hints.
    static func suggestion(for word: String, in candidates: [String]) -> String? {
        closestMatch(to: word, in: candidates, within: 2, ignoringCase: true)
    }
}

extension LintDocument {
    /// Whether rules should read the document as text (no NUL bytes, not UTF-16/32).
    var isReadableRulesText: Bool { analysis(TextIntegrity.self).isText }
}
