/// Cuts plain text to its first sentence, and text to a length at a word boundary.
enum LeadSentence {
    /// Words that end with a period without ending a sentence.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "mr", "mrs", "ms", "dr", "st", "no", "approx", "incl", "fig"]

    /// Full-width sentence ends (Chinese, Japanese), which need no space after them.
    private static let fullWidthEnds: Set<Unicode.Scalar> = ["。", "！", "？"]
    /// Closing quotes and brackets that stay with the sentence they end.
    private static let closers: Set<Unicode.Scalar> = [")", "\"", "'", "”", "’", "」", "』", "）"]

    /// Up to and including the first `.`, `!` or `?` that is followed by a space and is not part
    /// of an abbreviation, a version number or a file name, or the first `。`, `！` or `？`; the
    /// whole text when there is none.
    static func first(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?" || Self.fullWidthEnds.contains(scalar) {
                var end = index + 1
                while end < scalars.count, Self.closers.contains(scalars[end]) { end += 1 }
                // Chinese and Japanese put no space after a sentence: the full-width mark ends it.
                let atBreak = end == scalars.count || scalars[end] == " " || Self.fullWidthEnds.contains(scalar)
                if atBreak && (scalar != "." || !endsAbbreviation(scalars, index)) {
                    return String(String.UnicodeScalarView(scalars[..<end]))
                }
                index = end
                continue
            }
            index += 1
        }
        return text
    }

    private static func endsAbbreviation(_ scalars: [Unicode.Scalar], _ dot: Int) -> Bool {
        var start = dot
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<dot])).lowercased()
        if word.count == 1, let only = word.unicodeScalars.first, only.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }

    /// `text` cut to at most `limit` characters at a word boundary, with `…` when cut.
    static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = text.prefix(limit - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last == " " || last == "," || last == ";" || last == ":" { cut = cut.dropLast() }
        return cut + "…"
    }
}
