/// The words of every `OwnInstructionLanguage`, compiled once into lookups the reading can use
/// per word: whole words, word starts, word insides, phrases keyed by their first word, and
/// phrases of scripts written without spaces keyed by their first character.
struct OwnInstructionIndex: Sendable {
    /// What a word or phrase stands for (several at once when languages share a spelling).
    struct Role: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        static let core = Role(rawValue: 1 << 0)
        static let broad = Role(rawValue: 1 << 1)
        static let owned = Role(rawValue: 1 << 2)
        static let possessive = Role(rawValue: 1 << 3)
        static let prior = Role(rawValue: 1 << 4)
        static let breaks = Role(rawValue: 1 << 5)
        static let dominance = Role(rawValue: 1 << 6)
        static let keeps = Role(rawValue: 1 << 7)
        static let displacement = Role(rawValue: 1 << 8)
        static let negation = Role(rawValue: 1 << 9)
        static let condition = Role(rawValue: 1 << 10)
        static let refusal = Role(rawValue: 1 << 11)
        /// A bare "if" or "when": it embeds nothing without a report ("if a page says …").
        static let conditional = Role(rawValue: 1 << 12)
        static let assistant = Role(rawValue: 1 << 13)
        static let reflexive = Role(rawValue: 1 << 14)
        static let source = Role(rawValue: 1 << 15)

        static let nouns: Role = [.core, .broad, .owned]
        static let predicates: Role = [.breaks, .dominance, .keeps, .displacement]
    }

    /// A phrase of spaced words after its first word; the last may go on when `open`.
    struct Phrase: Sendable {
        let rest: [String]
        let open: Bool
        let role: Role
    }

    /// A phrase in a script without spaces, as UTF-8.
    struct Unspaced: Sendable {
        let bytes: [UInt8]
        let role: Role
    }

    /// Where one entry goes in the index, read from its spelling (`placement(_:_:)`): the string
    /// work of reading an entry is done once, by `OwnInstructionTables`, not in every process.
    struct Placement: Sendable, Equatable {
        enum Kind: UInt8, Sendable {
            case unspaced, ending, phrase, inside, start, word
        }

        let kind: Kind
        let role: Role
        /// Whether the last word of a phrase may go on.
        let open: Bool
        /// The entry (unspaced), the suffix (ending), the phrase's words, or the word.
        let texts: [String]
    }

    private(set) var words: [String: Role] = [:]
    private(set) var starts: [String: Role] = [:]
    private(set) var insides: [(text: String, role: Role)] = []
    /// `insides` split by script: an ASCII word can only hold an ASCII inside.
    private(set) var asciiInsides: [(text: String, role: Role)] = []
    private(set) var wideInsides: [(text: String, role: Role)] = []
    /// Suffixes that carry a role ("-mu": Indonesian "your", glued to its noun).
    private(set) var endings: [(text: String, role: Role)] = []
    private(set) var phrases: [String: [Phrase]] = [:]
    private(set) var unspaced: [UInt32: [Unspaced]] = [:]
    /// The longest word start, in characters.
    private(set) var longestStart = 0
    /// Word starts keyed by their first two characters (a word start is at least two long): one
    /// lookup per word, then a prefix test per candidate.
    private(set) var shortStarts: [String: Role] = [:]
    private(set) var startsByHead: [Substring: [(text: String, role: Role)]] = [:]

    /// Every language's entries, split once for the index and for `OwnInstructionGate` (for
    /// `OwnInstructionTables`, which holds them read).
    static let allEntries = entries(OwnInstructionLanguage.all)

    static let shared = OwnInstructionIndex(OwnInstructionTables.shared.index)

    /// The entries of every language that name a noun of the set, for the automaton that finds
    /// the sentences worth reading.
    static let nounEntries: [String] = {
        var seen = Set<String>()
        return OwnInstructionLanguage.all.flatMap { language in
            [language.core, language.broad, language.owned].flatMap { split($0) }
        }.filter { !$0.hasPrefix("-") && seen.insert($0).inserted }
    }()

    init(_ placements: [Placement]) {
        for placement in placements { place(placement) }
        for (text, role) in starts where text.count >= 2 { startsByHead[text.prefix(2), default: []].append((text, role)) }
        shortStarts = starts.filter { $0.key.count < 2 }
        asciiInsides = insides.filter { $0.text.utf8.allSatisfy { $0 < 0x80 } }
        wideInsides = insides.filter { !$0.text.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// Every entry of `languages` with what it stands for, in the order the index adds them.
    static func entries(_ languages: [OwnInstructionLanguage]) -> [(entry: String, role: Role)] {
        var result: [(entry: String, role: Role)] = []
        for language in languages {
            let fields: [(String, Role)] = [
                (language.core, .core), (language.broad, .broad), (language.owned, .owned),
                (language.possessive, .possessive), (language.prior, .prior), (language.breaks, .breaks),
                (language.dominance, .dominance), (language.keeps, .keeps), (language.displacement, .displacement),
                (language.negations, .negation), (language.conditions, .condition), (language.refusals, .refusal),
                (language.assistant, .assistant), (language.reflexive, .reflexive), (language.sources, .source),
            ]
            for (field, role) in fields {
                for entry in split(field) { result.append((entry, role == .condition && bareConditionals.contains(entry) ? .conditional : role)) }
            }
        }
        return result
    }

    /// The conditions that only say "if" or "when", in every language.
    static let bareConditionals: Set<String> = [
        "if", "when", "whenever", "unless", "in case", "si", "s'il", "lorsque", "quand", "wenn", "falls", "sobald", "sofern", "cuando",
        "en caso", "caso", "quando", "qualora", "nel caso", "als", "wanneer", "indien", "om", "när", "ifall", "hvis", "når", "dacă",
        "daca", "când", "cand", "în cazul", "если", "когда", "якщо", "коли", "jeśli", "jeżeli", "gdy", "kiedy", "pokud", "jestliže",
        "když", "αν", "εάν", "όταν", "ha", "amikor", "amennyiben", "jos", "kun", "mikäli", "eğer", "olursa", "如果", "若", "假如", "要是",
        "一旦", "もし", "場合", "ならば", "たら", "만약", "만일", "경우", "nếu", "khi", "trong trường hợp", "jika", "jikalau", "apabila",
        "kalau", "ketika", "sekiranya", "ถ้า", "หาก", "เมื่อ", "กรณี", "إذا", "اذا", "إن", "عندما", "لو", "اگر", "وقتی", "هنگامی", "אם",
        "כאשר", "כש", "अगर", "यदि", "जब", "যদি", "যখন",
    ]

    /// Negations that quantify a noun ("none of the instructions", "kein", "aucun"): they govern
    /// the whole clause's predicate, and forbid no act ("send none of the keys").
    static let quantifiers: Set<String> = [
        "none", "nothing", "no", "neither", "nobody", "kein", "keine", "keiner", "keines", "nichts", "aucun", "aucune", "rien", "ningún",
        "ninguna", "ninguno", "nada", "nenhum", "nenhuma", "nessun", "nessuna", "nessuno", "niente", "nulla", "никакие", "никакой", "ничто",
        "ничего", "жодні", "ніщо", "żadne", "żaden", "żadna", "nic", "geen", "niets", "ingen", "inga", "inget", "intet", "žádné", "žádný",
        "niciun", "nicio", "nimic", "hiçbir", "semmi", "mitään", "καμία", "κανένα", "τίποτα",
    ]

    static func split(_ field: String) -> [String] {
        field.split(separator: "|").map { String(trimmingBlanks($0)).lowercased() }.filter { !$0.isEmpty }
    }

    /// `text` without the blanks around it: what Foundation's `trimmingCharacters(in: .whitespaces)`
    /// removes (tabs and the space separators), without its cost at start-up (a fifth of a
    /// process's CPU went to building the word tables).
    static func trimmingBlanks(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value == 0x09 }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Where `entry` goes: a phrase in a script without spaces, a suffix, a phrase of words, a
    /// word inside a word, a word start or a whole word; nil for an entry without a word.
    static func placement(_ entry: String, _ role: Role) -> Placement? {
        if entry.unicodeScalars.contains(where: Self.isUnspaced) { return Placement(kind: .unspaced, role: role, open: false, texts: [entry]) }
        let syntax = OwnInstructionEntrySyntax(entry)
        let (openStart, openEnd) = (syntax.openStart, syntax.openEnd)
        // "-mu": a suffix (Indonesian "your"), read as the inside of a word at its end.
        if let suffix = syntax.suffix { return Placement(kind: .ending, role: role, open: false, texts: [String(suffix)]) }
        let parts = Self.tokens(syntax.text)
        guard !parts.isEmpty else { return nil }
        if parts.count > 1 { return Placement(kind: .phrase, role: role, open: openEnd, texts: parts) }
        return Placement(kind: openStart ? .inside : openEnd ? .start : .word, role: role, open: false, texts: parts)
    }

    private mutating func place(_ placement: Placement) {
        let (role, head) = (placement.role, placement.texts[0])
        switch placement.kind {
        case .unspaced:
            unspaced[head.unicodeScalars.first!.value, default: []].append(Unspaced(bytes: Array(head.utf8), role: role))
        case .ending:
            endings.append((head, role))
        case .phrase:
            phrases[head, default: []].append(Phrase(rest: Array(placement.texts.dropFirst()), open: placement.open, role: role))
        case .inside:
            insides.append((head, role))
        case .start:
            starts[head, default: []].formUnion(role)
            longestStart = max(longestStart, head.count)
        case .word:
            words[head, default: []].formUnion(role)
        }
    }

    /// Scripts whose words are not separated by spaces (or, for Korean, carry their particles):
    /// their entries are matched anywhere.
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x0E00 { return false }
        switch scalar.value {
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF, 0x1100...0x11FF,
             0x3130...0x318F, 0xFF66...0xFF9F:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is part of a word: letters, marks (Devanagari and Bengali vowel signs),
    /// digits, the apostrophe inside a word, and the zero-width non-joiner of Persian.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII without a table lookup: most of the text read is ASCII.
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        if scalar.value == 0x200C { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
             .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// The words of an entry (apostrophes kept inside a word: "don't", "l'emporte").
    static func tokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var result: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let apostrophe = (scalar == "'" || scalar == "\u{2019}") && !current.isEmpty && index + 1 < scalars.count
                && isWordScalar(scalars[index + 1])
            if isWordScalar(scalar) || apostrophe || (scalar == "-" && !current.isEmpty && index + 1 < scalars.count && isWordScalar(scalars[index + 1])) {
                current.append(scalar == "\u{2019}" ? "'" : scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// `tokens` of a text in ASCII, read on its bytes (the same words: letters and digits, with an
    /// apostrophe or a hyphen between two of them).
    private static func asciiTokens(_ text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            func isWord(_ byte: UInt8) -> Bool {
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            }
            var start = -1
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let joiner = (byte == 0x27 || byte == 0x2D) && start >= 0 && index + 1 < bytes.count && isWord(bytes[index + 1])
                if isWord(byte) || joiner {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        return result
    }
}
