import RulesmithText

/// REF001: the reference parser raises an exception on this file.
struct ReferenceCrashRule: Rule {
    let description = RuleDescription(
        id: "REF001", name: "reference-parser-crash",
        summary: "The reference parser (llms-txt 0.0.7) fails on the file",
        rationale: """
        `llms_txt.parse_llms_file` returns nothing for a file it cannot read: it raises \
        `AttributeError` on the first section line that is not a `- [name](url)` item (prose, \
        code, other list markers, wrapped items), `TypeError` when the text before the first \
        `##` holds no `# Title` followed by a summary or details, and `UnicodeDecodeError` on \
        bytes that are not UTF-8. Every tool built on it (`llms_txt2ctx`, site generators) then \
        rejects the whole file. The finding sits on the line that triggers the exception. Runs \
        with `--compat reference`.
        """,
        kinds: [.llmsTxt], tags: ["compat"], defaultSeverity: .error, isOptIn: true,
        triggering: [
            Example(ReferenceExample.valid + "\n↓See also the blog.\n"),
            Example(ReferenceExample.head + "## Docs\n\n↓* [Guide](https://x.dev/guide.md)\n- [API](https://x.dev/api.md)\n"),
            Example("↓# Project\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example("↓Project\n=======\n\n> Summary.\n\nDetails.\n"),
        ],
        nonTriggering: [
            Example(ReferenceExample.valid),
            Example("# Project\n\n> Summary.\n\n## Docs\n\n- [Guide](https://x.dev/guide.md)\n"),
            Example("# Project\n\n> Summary.\n\nDetails.\n\n## Docs\n\n- [API](https://x.dev/a_(b).md)\n"),
        ]
    )

    func check(_ document: LintDocument) -> [Finding] {
        guard let crash = document.reference.crash else { return [] }
        let source = document.source
        switch crash.exception {
        case .attributeError:
            let line = PythonTextRange.trimmed(source.bytes, crash.range)
            let section = crash.sectionName.map { " in section \(Excerpt.quote(source, $0))" } ?? ""
            return [Finding(
                range: line,
                message: "the reference parser fails here with AttributeError: \(Excerpt.quote(source, line))\(section) is not a '- [name](url)' item")]
        case .typeError:
            let start = crash.range.isEmpty ? 0 : crash.range.lowerBound
            let end = crash.range.isEmpty ? min(source.bytes.count, source.lineEnd(at: 0)) : source.lineEnd(at: start)
            return [Finding(
                range: start..<end,
                message: "the reference parser fails with TypeError: the text before the first '##' line has no '# Title' line followed by a summary or details")]
        case .unicodeDecodeError:
            let byte = String(source.bytes[crash.range.lowerBound], radix: 16, uppercase: true)
            return [Finding(
                range: crash.range,
                message: "the reference parser fails with UnicodeDecodeError: byte 0x\(byte) is not UTF-8")]
        }
    }
}

/// Trimming for messages about reference-parser lines (blanks and a trailing CR).
enum PythonTextRange {
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ByteClass.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, ByteClass.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
