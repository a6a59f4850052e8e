import RulesmithText

/// A model of the reference llms.txt parser (PyPI `llms-txt` 0.0.7, `parse_llms_file`) that
/// predicts its result or its crash, in linear time and without running Python.
///
/// It follows `core.py` step by step: split the text at every `^##` line (before any Markdown is
/// read), fill a dictionary of sections (a repeated name overwrites the earlier body in place),
/// parse each body line with the link pattern (the first line that does not match raises
/// `AttributeError`), and only then search the stripped preamble with the header pattern (no
/// match raises `TypeError`). Input that is not UTF-8 fails earlier, in `Path.read_text()`.
public enum ReferenceParserModel {
    /// The outcome the reference parser produces for `bytes`.
    public static func parse(_ bytes: [UInt8]) -> ReferenceOutcome {
        if let invalid = UTF8Validation.firstInvalidOffset(bytes) {
            return .crashed(ReferenceCrash(
                exception: .unicodeDecodeError, pythonLocation: "pathlib", range: invalid..<(invalid + 1), sectionName: nil))
        }
        return bytes.withUnsafeBufferPointer { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ReferenceOutcome {
        var sections: [ReferenceSection] = []
        var position: [ArraySlice<UInt8>: Int] = [:]
        let splitPreamble = ReferenceSectionSplit.forEach(bytes, 0..<bytes.count) { piece in
            let key = ArraySlice(bytes[piece.name])
            if let earlier = position[key] {
                sections[earlier].replaced.append(sections[earlier].header)
                sections[earlier].header = piece.header
                sections[earlier].name = piece.name
                sections[earlier].body = piece.body
            } else {
                position[key] = sections.count
                sections.append(ReferenceSection(name: piece.name, header: piece.header, body: piece.body, links: [], replaced: HeaderRanges()))
            }
        }
        for index in sections.indices {
            let body = PythonText.strip(bytes, sections[index].body)
            var lineStart = body.lowerBound
            while lineStart < body.upperBound {
                var lineEnd = lineStart
                while lineEnd < body.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = lineStart..<lineEnd
                if !PythonText.strip(bytes, line).isEmpty {
                    guard let link = ReferenceLinkPattern.search(bytes, line: line) else {
                        return .crashed(ReferenceCrash(
                            exception: .attributeError, pythonLocation: "core.py:43", range: line,
                            sectionName: sections[index].name))
                    }
                    sections[index].links.append(link)
                }
                lineStart = lineEnd
                while lineStart < body.upperBound, bytes[lineStart] == 0x0A { lineStart += 1 }
            }
        }
        let preamble = PythonText.strip(bytes, splitPreamble)
        guard let header = ReferenceHeaderPattern(bytes, preamble).search() else {
            return .crashed(ReferenceCrash(exception: .typeError, pythonLocation: "core.py:66", range: preamble, sectionName: nil))
        }
        return .parsed(ReferenceParse(
            title: header.title, summary: header.summary, info: header.info, preamble: preamble,
            headerStart: header.start, sections: sections))
    }
}
