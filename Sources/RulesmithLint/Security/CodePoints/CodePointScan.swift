import RulesmithText

/// The code-point pass (U1–U10): decodes only the lines that are not plain ASCII and reports each
/// class with its exceptions. Computed once per document; each SEC00x rule reads its list.
struct CodePointScan: DocumentAnalysis {
    /// The U-rules this pass serves, in SEC001–SEC010 order.
    enum Slot: Int, CaseIterable {
        case tags, bidiControls, bidiMarks, zeroWidth, variationSelectors, controls, blankLetters, otherInvisible,
             oddSpaces, mixedScript

        var noun: String {
            switch self {
            case .tags: "runs of tag characters"
            case .bidiControls: "bidi controls"
            case .bidiMarks: "bidi marks"
            case .zeroWidth: "zero-width characters"
            case .variationSelectors: "variation selectors"
            case .controls: "control characters"
            case .blankLetters: "blank letters"
            case .otherInvisible: "invisible characters"
            case .oddSpaces: "unusual spaces"
            case .mixedScript: "mixed-script tokens"
            }
        }
    }

    private let results: [[Finding]]

    /// The findings for one class, in file order, capped.
    func findings(_ slot: Slot) -> [Finding] { results[slot.rawValue] }

    init(_ document: LintDocument) {
        let text = document.analysis(SecurityText.self)
        var collectors = Array(repeating: FindingCollector(), count: Slot.allCases.count)
        if !text.specialLines.isEmpty {
            var context = Context(text: text, document: document)
            var line = CodePointLine()
            text.source.bytes.withUnsafeBufferPointer { bytes in
                for lineIndex in text.specialLines {
                    let content = text.content(ofLine: lineIndex)
                    var codeSpans: [Range<Int>]?
                    guard content.count > CodePointWindows.wholeLineBytes else {
                        line.load(bytes, content, line: lineIndex)
                        _ = Self.scanRuns(line, from: 0, until: .max, &context, &collectors)
                        if line.hasConfusableScript {
                            _ = MixedScriptTokens.scan(
                                line, from: 0, until: .max, bytes: bytes, &context, codeSpans: &codeSpans,
                                into: &collectors[Slot.mixedScript.rawValue])
                        }
                        continue
                    }
                    let facts = CodePointLine.Facts(bytes, content)
                    CodePointWindows.forEach(bytes, line: content, lineIndex: lineIndex, facts: facts, using: &line) {
                        Self.scanRuns($0, from: $1, until: $2, &context, &collectors)
                    }
                    guard facts.hasConfusableScript else { continue }
                    CodePointWindows.forEach(bytes, line: content, lineIndex: lineIndex, facts: facts, using: &line) {
                        MixedScriptTokens.scan(
                            $0, from: $1, until: $2, bytes: bytes, &context, codeSpans: &codeSpans,
                            into: &collectors[Slot.mixedScript.rawValue])
                    }
                }
            }
        }
        results = Slot.allCases.map { collectors[$0.rawValue].finished(noun: $0.noun) }
    }

    /// What the class scans need beyond the line: raw offsets, fix permission, Markdown.
    struct Context {
        let text: SecurityText
        let document: LintDocument
        private var markdown: MarkdownDocument?

        init(text: SecurityText, document: LintDocument) {
            self.text = text
            self.document = document
        }

        func raw(_ range: Range<Int>) -> Range<Int> { text.map.raw(range) }

        /// A safe fix deleting `range` (scanned coordinates), when the file's bytes are the scanned bytes.
        func removal(_ range: Range<Int>, _ title: String) -> Fix? {
            guard text.allowsFixes else { return nil }
            return Fix(.safe, title: title, edits: [TextEdit(range: range, replacement: [])])
        }

        mutating func isCode(line: Int) -> Bool {
            if markdown == nil { markdown = document.analysis(SecurityMarkdown.self).markdown }
            return markdown?.isCodeLine(line) ?? false
        }
    }

    /// Reports the runs that start at scalar `from` or later and before byte `until`; returns the
    /// scalar index after the last run read.
    private static func scanRuns(
        _ line: CodePointLine, from: Int, until: Int, _ context: inout Context, _ collectors: inout [FindingCollector]
    ) -> Int {
        let scalars = line.scalars
        var index = from
        while index < scalars.count, scalars[index].start < until {
            let value = scalars[index].value
            if value < 0x80, value >= 0x20, value != 0x7F {
                index += 1
                continue
            }
            if value == UTF8Scalar.invalid || (value == 0xFEFF && scalars[index].start == 0) {
                index += 1
                continue
            }
            let kind = CodePointClass.of(value)
            switch kind {
            case .none:
                index += 1
            case .tag:
                index = tags(line, index, &context, &collectors[Slot.tags.rawValue])
            case .bidiControl:
                index = bidi(line, index, kind, &context, &collectors[Slot.bidiControls.rawValue])
            case .bidiMark:
                index = bidi(line, index, kind, &context, &collectors[Slot.bidiMarks.rawValue])
            case .zeroWidth:
                index = zeroWidth(line, index, &context, &collectors[Slot.zeroWidth.rawValue])
            case .variationSelector:
                index = VariationSelectors.scan(line, index, &context, &collectors[Slot.variationSelectors.rawValue])
            case .control:
                index = ControlCharacters.scan(line, index, &context, &collectors[Slot.controls.rawValue])
            case .blankLetter:
                let end = line.runEnd(from: index, of: kind)
                let values = scalars[index..<end].map(\.value)
                collectors[Slot.blankLetters.rawValue].add(context.raw(line.byteRange(index, end))) {
                    "\(CodePointDescription.run(values)) renders as blank space but is a letter, so it can fake or hide a word"
                }
                index = end
            case .otherInvisible:
                let end = line.runEnd(from: index, of: kind)
                let values = scalars[index..<end].map(\.value)
                collectors[Slot.otherInvisible.rawValue].add(context.raw(line.byteRange(index, end))) {
                    "invisible \(CodePointDescription.run(values)): format, private-use or unassigned code points show nothing to a reviewer"
                }
                index = end
            case .oddSpace:
                index = oddSpaces(line, index, &context, &collectors[Slot.oddSpaces.rawValue])
            }
        }
        return index
    }

    /// U1: runs of tag characters, except the tag sequence of a subdivision flag after U+1F3F4.
    private static func tags(_ line: CodePointLine, _ start: Int, _ context: inout Context, _ collector: inout FindingCollector) -> Int {
        let scalars = line.scalars
        let end = line.runEnd(from: start, of: .tag)
        var from = start
        if line.value(before: start) == 0x1F3F4 {
            var cursor = start
            while cursor < end, cursor - start < 6,
                  (0xE0030...0xE0039).contains(scalars[cursor].value) || (0xE0061...0xE007A).contains(scalars[cursor].value) {
                cursor += 1
            }
            if cursor - start >= 2, cursor < end, scalars[cursor].value == 0xE007F { from = cursor + 1 }
        }
        guard from < end else { return end }
        var payload = ""
        for scalar in scalars[from..<end] where (0xE0020...0xE007E).contains(scalar.value) {
            payload.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0xE0000)))
        }
        let count = end - from
        let range = line.byteRange(from, end)
        collector.add(context.raw(range), fix: context.removal(range, "Remove the tag characters")) {
            payload.isEmpty
                ? "\(count) invisible tag character\(count == 1 ? "" : "s") (\(CodePointDescription.run(scalars[from..<end].map(\.value)))); tag characters are only valid inside a flag emoji"
                : "\(count) invisible tag characters hide the text '\(CodePointDescription.shortened(payload))'; the model reads it, a reviewer cannot see it"
        }
        return end
    }

    /// U2 and U3: bidi controls and marks; milder on lines with right-to-left letters.
    private static func bidi(
        _ line: CodePointLine, _ start: Int, _ kind: CodePointClass, _ context: inout Context, _ collector: inout FindingCollector
    ) -> Int {
        let end = line.runEnd(from: start, of: kind)
        let values = line.scalars[start..<end].map(\.value)
        let range = line.byteRange(start, end)
        let fix = line.hasRTL ? nil : context.removal(range, "Remove the bidi characters")
        if kind == .bidiControl {
            let severity: Severity = line.hasRTL && line.bidiBalanced ? .warning : .error
            collector.add(context.raw(range), severity: severity, fix: fix) {
                line.hasRTL && line.bidiBalanced
                    ? "\(CodePointDescription.run(values)) in right-to-left text; balanced, but it still changes the displayed order"
                    : "\(CodePointDescription.run(values)) reorders the displayed text (Trojan Source); a line without balanced right-to-left text needs none"
            }
        } else {
            collector.add(context.raw(range), severity: line.hasRTL ? .info : .warning, fix: fix) {
                line.hasRTL
                    ? "\(CodePointDescription.run(values)) in right-to-left text"
                    : "invisible \(CodePointDescription.run(values)) on a line without right-to-left text"
            }
        }
        return end
    }

    /// U4: zero-width and format characters, except joiners inside emoji and joining scripts.
    private static func zeroWidth(_ line: CodePointLine, _ start: Int, _ context: inout Context, _ collector: inout FindingCollector) -> Int {
        var end = start + 1
        while end < line.scalars.count, CodePointClass.of(line.scalars[end].value) == .zeroWidth,
              !(line.scalars[end].value == 0xFEFF && line.scalars[end].start == 0) {
            end += 1
        }
        let count = end - start
        let before = line.value(before: start)
        let after = line.value(at: end)
        if count == 1 {
            let value = line.scalars[start].value
            if let before, let after {
                if value == 0x200D, ScalarFacts.isEmojiPart(before), ScalarFacts.isEmojiPart(after) { return end }
                if value == 0x200C || value == 0x200D, ScalarFacts.isJoiningScript(before), ScalarFacts.isJoiningScript(after) {
                    return end
                }
            }
        }
        let insideToken = before.map(ScalarFacts.isASCIIGraphic) == true && after.map(ScalarFacts.isASCIIGraphic) == true
        let severity: Severity = count >= 3 || insideToken ? .error : .warning
        let values = line.scalars[start..<end].map(\.value)
        let range = line.byteRange(start, end)
        let fix = line.hasRTL ? nil : context.removal(range, "Remove the invisible characters")
        collector.add(context.raw(range), severity: severity, fix: fix) {
            let place = insideToken ? " inside a word" : count >= 3 ? " in a row" : ""
            return "invisible \(CodePointDescription.run(values))\(place); it splits or hides text that the model still reads"
        }
        return end
    }

    /// U9: unusual spaces where they stand in for an ASCII space inside a command or phrase
    /// (`npm\u{00A0}install`, `rm\u{00A0}-rf`), line
    /// and paragraph separators, and padding runs of 40 or more.
    private static func oddSpaces(_ line: CodePointLine, _ start: Int, _ context: inout Context, _ collector: inout FindingCollector) -> Int {
        let end = line.runEnd(from: start, of: .oddSpace)
        let values = line.scalars[start..<end].map(\.value)
        let range = context.raw(line.byteRange(start, end))
        if values.count >= 40 {
            collector.add(range, severity: .warning) {
                "\(CodePointDescription.run(values)) in a row can push text out of view"
            }
            return end
        }
        let separator = values.contains(0x2028) || values.contains(0x2029)
        let betweenVisible = line.value(before: start).map(ScalarFacts.isASCIIAlphanumeric) == true
            && line.value(at: end).map(ScalarFacts.continuesToken) == true
        if separator || betweenVisible {
            collector.add(range, severity: .info) {
                separator
                    ? "\(CodePointDescription.run(values)) breaks the line for some readers and not for others"
                    : "\(CodePointDescription.run(values)) stands where an ASCII space is expected; it looks the same but is a different character"
            }
        }
        return end
    }
}
