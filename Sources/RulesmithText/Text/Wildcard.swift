/// The classic wildcard match with one backtrack point, shared by the two levels of a glob: names
/// inside one segment (`*` spans characters) and segments inside a path (`**` spans folders).
enum Wildcard {
    /// Whether `pattern` matches all of `text`: a star element matches any run of elements
    /// (none included), every other element matches one element when `matches` says so.
    @inline(__always)
    static func matches<Pattern, Element>(
        _ pattern: [Pattern], _ text: [Element], isStar: (Pattern) -> Bool, matches: (Pattern, Element) -> Bool
    ) -> Bool {
        var patternIndex = 0
        var textIndex = 0
        var starPattern = -1
        var starText = 0
        while textIndex < text.count {
            if patternIndex < pattern.count {
                let element = pattern[patternIndex]
                if isStar(element) {
                    starPattern = patternIndex
                    starText = textIndex
                    patternIndex += 1
                    continue
                }
                if matches(element, text[textIndex]) {
                    patternIndex += 1
                    textIndex += 1
                    continue
                }
            }
            guard starPattern >= 0 else { return false }
            patternIndex = starPattern + 1
            starText += 1
            textIndex = starText
        }
        while patternIndex < pattern.count, isStar(pattern[patternIndex]) { patternIndex += 1 }
        return patternIndex == pattern.count
    }
}
