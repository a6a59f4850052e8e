import RulesmithText

/// U10: a token that mixes Latin letters with Cyrillic, Greek or Armenian look-alikes (a
/// homoglyph); an error in a URL, host name, command or package name, a warning elsewhere. Whole
/// words in a single non-Latin script are ordinary text, and so are letters that imitate no Latin
/// one (`μs`, `Δt`, `λx`: units and formulas).
enum MixedScriptTokens {
    /// Reports the tokens that start at scalar `from` or later and before byte `until`; returns the
    /// scalar index after the last token read. `codeSpans` caches the line's code spans.
    static func scan(
        _ line: CodePointLine, from: Int, until: Int, bytes: UnsafeBufferPointer<UInt8>,
        _ context: inout CodePointScan.Context, codeSpans: inout [Range<Int>]?, into collector: inout FindingCollector
    ) -> Int {
        let scalars = line.scalars
        var index = from
        while index < scalars.count, scalars[index].start < until {
            guard LetterScript.of(scalars[index].value) != nil else {
                index += 1
                continue
            }
            let start = index
            var latin = false
            var foreign: (script: LetterScript, value: UInt32)?
            while index < scalars.count, let script = LetterScript.of(scalars[index].value) {
                switch script {
                case .latin: latin = true
                case .cyrillic, .greek, .armenian:
                    if foreign == nil, Confusables.isConfusable(scalars[index].value) { foreign = (script, scalars[index].value) }
                case .other: break
                }
                index += 1
            }
            guard latin, let foreign, !isUnitSymbol(scalars, start, index) else { continue }
            let range = line.byteRange(start, index)
            let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            var where_ = namedPlace(line, start, index)
            if where_ == nil {
                if context.isCode(line: line.lineIndex) {
                    where_ = "code"
                } else {
                    let lineRange = context.text.content(ofLine: line.lineIndex)
                    if codeSpans == nil { codeSpans = MarkdownInline.codeSpans(bytes, in: lineRange) }
                    if codeSpans?.contains(where: { $0.contains(range.lowerBound) }) == true { where_ = "inline code" }
                }
            }
            let place = where_
            collector.add(context.raw(range), severity: place == nil ? .warning : .error) {
                let inPlace = place.map { " in \($0)" } ?? ""
                return "'\(CodePointDescription.shortened(token, limit: 40))'\(inPlace) mixes Latin with \(foreign.script.name) letters (\(ScalarFacts.describe(foreign.value))); a look-alike letter can send a link, command or package somewhere else"
            }
        }
        return index
    }

    /// A quantity written with a Greek or Cyrillic unit or math symbol (`<1οs`, `5κm`, `10νs`):
    /// digits, then one such letter, then at most three Latin letters (a unit), with a digit or a
    /// comparison sign right before the letter. No Latin letter precedes it, so it is not inside
    /// a Latin word and cannot disguise one.
    private static func isUnitSymbol(_ scalars: [CodePointLine.Scalar], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, (0x30...0x39).contains(scalars[index].value) { index += 1 }
        guard index < end, LetterScript.of(scalars[index].value) != .latin, LetterScript.of(scalars[index].value) != .other else { return false }
        let before: UInt32? = index > start ? scalars[index - 1].value : (start > 0 ? scalars[start - 1].value : nil)
        guard let before, (0x30...0x39).contains(before) || symbolLeads.contains(before) else { return false }
        let unit = scalars[(index + 1)..<end]
        return unit.count <= 3 && unit.allSatisfy { LetterScript.of($0.value) == .latin }
    }

    /// Signs that put a number or a bound before a unit: `<`, `>`, `~`, `≈`, `≤`, `≥`, `±`, `×`.
    private static let symbolLeads: Set<UInt32> = [0x3C, 0x3E, 0x7E, 0x2248, 0x2264, 0x2265, 0xB1, 0xD7]

    /// "a URL", "a host name" or "an address" when the whitespace-delimited chunk around the token is one.
    private static func namedPlace(_ line: CodePointLine, _ start: Int, _ end: Int) -> String? {
        let scalars = line.scalars
        func isSpace(_ value: UInt32) -> Bool {
            value == 0x20 || value == 0x09 || CodePointClass.of(value) == .oddSpace
        }
        var chunkStart = start
        while chunkStart > 0, !isSpace(scalars[chunkStart - 1].value) { chunkStart -= 1 }
        var chunkEnd = end
        while chunkEnd < scalars.count, !isSpace(scalars[chunkEnd].value) { chunkEnd += 1 }
        var previous: [UInt32] = []
        for position in chunkStart..<chunkEnd {
            let value = scalars[position].value
            if value == 0x2F, previous.suffix(2) == [0x3A, 0x2F] { return "a URL" }
            if value == 0x40 { return "an address" }
            previous.append(value)
            if previous.count > 2 { previous.removeFirst() }
        }
        let dotAfter = end + 1 < chunkEnd && scalars[end].value == 0x2E && LetterScript.of(scalars[end + 1].value) != nil
        let dotBefore = start - 1 > chunkStart && scalars[start - 1].value == 0x2E && LetterScript.of(scalars[start - 2].value) != nil
        return dotAfter || dotBefore ? "a host name" : nil
    }
}
