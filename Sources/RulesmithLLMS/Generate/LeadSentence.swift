/// Cuts plain text to its first sentence, and text to a length at a word boundary.
enum LeadSentence {
    /// Words that end with a period without ending a sentence.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "mr", "mrs", "ms", "dr", "st", "no", "approx", "incl", "fig"]

    /// Up to and including the first `.`, `!` or `?` that is followed by a space and is not part
    /// of an abbreviation, a version number or a file name; the whole text when there is none.
    static func first(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "。" {
                var end = index + 1
                while end < scalars.count, scalars[end] == ")" || scalars[end] == "\"" || scalars[end] == "'" || scalars[end] == "”" { end += 1 }
                let atBreak = end == scalars.count || scalars[end] == " "
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
