import RulesmithText

/// Recognises a paragraph that only navigates — a row of language links (`English | [中文](…) |
/// [日本語](…)`), or links and badges with nothing but separators between them — so a summary or
/// a document's notes come from the first paragraph that says something.
enum NavigationParagraph {
    /// Words of language names as READMEs write them in their language switchers, lowercased.
    static let languageWords: Set<String> = [
        "english", "中文", "简体中文", "繁體中文", "繁体中文", "简体", "繁體", "繁体", "日本語", "日本语", "한국어",
        "español", "français", "deutsch", "italiano", "português", "русский", "українська", "polski", "türkçe",
        "tiếng", "việt", "bahasa", "indonesia", "melayu", "العربية", "فارسی", "עברית", "हिन्दी", "ไทย", "nederlands",
        "svenska", "čeština", "dansk", "suomi", "norsk", "magyar", "română", "ελληνικά", "български",
        "chinese", "japanese", "korean", "spanish", "french", "german", "russian", "portuguese", "italian",
        "simplified", "traditional", "brasil", "brazil", "br", "en", "zh", "ja", "ko", "zh-cn", "zh-tw", "zh-hans",
        "zh-hant", "pt-br", "readme",
    ]

    /// Whether the paragraph at `range` of `bytes` is navigation, not prose.
    static func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let capped = range.lowerBound..<min(range.upperBound, range.lowerBound + InlinePlainText.maximumInput)
        var residual: [UInt8] = []
        var linkTexts: [String] = []
        var index = capped.lowerBound
        for link in MarkdownInline.links(bytes, in: capped) where link.range.lowerBound >= index {
            residual += bytes[index..<link.range.lowerBound]
            residual.append(0x20)
            if !link.isImage { linkTexts.append(InlinePlainText.plain(bytes, link.textRange)) }
            index = link.range.upperBound
        }
        let sawLink = index > capped.lowerBound
        residual += bytes[index..<capped.upperBound]
        let rest = words(InlinePlainText.plain(residual, 0..<residual.count))
        if sawLink && rest.isEmpty { return true }
        let named = rest + linkTexts.flatMap(words)
        return named.count >= 2 && named.allSatisfy(languageWords.contains)
    }

    /// Lowercased words with a letter in them, split at spaces and the separators of link rows.
    private static func words(_ text: String) -> [String] {
        let separators: Set<Character> = ["|", "·", "•", "/", ",", "(", ")", "[", "]", ":", "：", "–", "—", "｜", "、"]
        return text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) })
            .map { $0.lowercased() }
            .filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
    }
}
