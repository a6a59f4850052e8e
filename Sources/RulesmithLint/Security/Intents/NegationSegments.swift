/// The clauses around a quoted or reported attack phrase, the phrase itself cut out, as lower-case
/// words: what `NegatedImperative` reads a refusal from.
enum NegationSegments {
    /// One clause: its words, its text, and whether the phrase follows it directly.
    struct Segment {
        let words: [String]
        let text: String
        let endsAtPhrase: Bool
        let start: Int
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>, phrase: Range<Int>) -> [Segment] {
        var segments: [Segment] = []
        var start = window.lowerBound
        var index = window.lowerBound
        func close(_ end: Int, atPhrase: Bool) {
            if end > start {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
                segments.append(Segment(words: words(text), text: text, endsAtPhrase: atPhrase, start: start))
            } else if atPhrase, let last = segments.popLast() {
                segments.append(Segment(words: last.words, text: last.text, endsAtPhrase: true, start: last.start))
            }
        }
        while index < window.upperBound {
            if index == phrase.lowerBound {
                close(index, atPhrase: true)
                index = max(phrase.upperBound, index + 1)
                start = index
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                let apostropheInWord = byte == 0x27 && index > start && ScriptClass.wordBefore(bytes, index)
                if breaks.contains(byte) && !apostropheInWord {
                    close(index, atPhrase: false)
                    start = index + 1
                }
                index += 1
                continue
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: window.upperBound)
            if unicodeBreaks.contains(value) {
                close(index, atPhrase: false)
                start = index + length
            }
            index += max(1, length)
        }
        close(window.upperBound, atPhrase: false)
        return segments
    }

    /// Words of a clause; an apostrophe inside a word is kept ("n'exécute", "don't").
    private static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark })
                || ((character == "'" || character == "\u{2019}") && !current.isEmpty) {
                current.append(character == "\u{2019}" ? "'" : character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.hasSuffix("'") && $0.count > 2 ? String($0.dropLast()) : $0 }
    }

    /// . , ; : ! ? ( ) " ` ' and line ends.
    private static let breaks: Set<UInt8> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x22, 0x60, 0x27, 0x0A, 0x0D]

    /// 。，、；：！？ 「」『』“”«»„‘’‹›《》 ، ؛ ؟ । and the em dash.
    private static let unicodeBreaks: Set<UInt32> = [
        0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x300C, 0x300D, 0x300E, 0x300F, 0x201C, 0x201D, 0xAB, 0xBB,
        0x201E, 0x2018, 0x2039, 0x203A, 0x300A, 0x300B, 0x060C, 0x061B, 0x061F, 0x0964, 0x2014,
    ]
}
