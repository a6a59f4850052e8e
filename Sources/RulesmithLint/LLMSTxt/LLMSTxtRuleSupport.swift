import RulesmithText

/// Shortcuts the llms.txt rules share: the structure, line ends, and the example skeleton.
extension LintDocument {
    /// The llms.txt structure of this document (computed once).
    var llmsTxt: LLMSTxtStructure { analysis(LLMSTxtStructure.self) }
}

extension SourceText {
    /// Offset of the end of the line holding `offset`, before its terminator.
    func lineEnd(at offset: Int) -> Int {
        contentRange(ofLine: lineIndex(ofByte: offset)).upperBound
    }

    /// 1-based line number of `offset`, for messages that point elsewhere in the file.
    func lineNumber(at offset: Int) -> Int { lineIndex(ofByte: offset) + 1 }
}

/// Text snippets that examples of the llms.txt rules are built from.
enum LLMSTxtExample {
    /// A valid file head: H1, summary, blank line.
    static let head = "# Project\n\n> Summary of the project.\n\n"
    /// A valid file: head plus one section with one item.
    static let valid = head + "## Docs\n\n- [Guide](https://x.dev/guide.md): setup and first steps\n"
}
