/// Which documents of a docs tree are translations. llms.txt lists the default language only: a
/// folder named for a language (`ja/`, `zh-CN/`, `pt_BR/`) or a file with a language before its
/// extension (`guide.ja.md`) is a translation and is left out, except English (`en/`, `en-US/`),
/// whose folder level is dropped so its subfolders become the sections.
public enum DocumentLanguage {
    /// ISO 639-1 codes that documentation sites translate into. Codes that double as common
    /// folder names in software docs (`ml`, `ts`, `os`, `sh`, `go`) are left out on purpose.
    static let codes: Set<String> = [
        "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hi", "hu", "id",
        "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "ta",
        "th", "tr", "uk", "ur", "vi", "zh",
    ]

    /// The language a folder or file-name part names (`zh-CN` → `zh`), or nil.
    static func code(_ name: String) -> String? {
        let lowered = name.lowercased()
        let parts = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first, codes.contains(first), parts.count <= 2 else { return nil }
        if parts.count == 2 {
            // A region (`CN`, `BR`, `419`) or a script (`Hans`, `Hant`, `Latn`).
            let tail = parts[1]
            guard (2...4).contains(tail.count), tail.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        }
        return first
    }

    /// Where a document sits, language-wise, given its path below the docs folder.
    enum Placement: Equatable {
        /// The default language: the path to index it under (an `en/` level removed).
        case original(String)
        /// A translation into the named folder or suffix (`ja`, `zh-CN`).
        case translation(String)
    }

    /// `ja/guide.md` → translation `ja`; `en/guide/start.md` → original `guide/start.md`;
    /// `guide.zh-CN.md` → translation `zh-CN`; `guide.md` → original.
    static func placement(of relative: String) -> Placement {
        var components = relative.split(separator: "/").map(String.init)
        if components.count > 1, let code = code(components[0]) {
            guard code == "en" else { return .translation(components[0]) }
            components.removeFirst()
        }
        if let name = components.last {
            let pieces = name.split(separator: ".").map(String.init)
            if pieces.count >= 3, let code = code(pieces[pieces.count - 2]), code != "en" {
                return .translation(pieces[pieces.count - 2])
            }
        }
        return .original(components.joined(separator: "/"))
    }
}
