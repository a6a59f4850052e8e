import RulesmithText

/// The words of `OwnInstructionIndex` found in one sentence, with where they stand (UTF-8
/// offsets in the lower-cased sentence) and which clause holds them (a clause ends at a comma,
/// a colon, a dash or a bracket, in any script).
struct OwnInstructionMarks {
    /// One word or phrase found.
    struct Mark {
        let role: OwnInstructionIndex.Role
        let range: Range<Int>
        let clause: Int
    }

    private(set) var marks: [Mark] = []
    /// The sentence's words, in order.
    private(set) var tokens: [(text: String, range: Range<Int>)] = []
    /// Where each quotation in the sentence opens and closes.
    private(set) var quotes: [Range<Int>] = []

    init(_ sentence: String, index: OwnInstructionIndex = .shared) {
        let utf8 = Array(sentence.utf8)
        var clauseStarts: [Int] = [0]
        var current = String.UnicodeScalarView()
        var tokenStart = 0
        var hasUnspaced = false
        var openQuote: (scalar: UInt32, at: Int)?
        let scalars = Array(sentence.unicodeScalars)
        var offset = 0
        for (position, scalar) in scalars.enumerated() {
            let length = UTF8.width(scalar)
            defer { offset += length }
            let next = position + 1 < scalars.count ? scalars[position + 1] : " "
            let inside = !current.isEmpty && OwnInstructionIndex.isWordScalar(next)
            if OwnInstructionIndex.isWordScalar(scalar) || (inside && (scalar == "'" || scalar == "\u{2019}" || scalar == "-")) {
                if current.isEmpty { tokenStart = offset }
                current.append(scalar == "\u{2019}" ? "'" : scalar)
                if !hasUnspaced, OwnInstructionIndex.isUnspaced(scalar) { hasUnspaced = true }
                continue
            }
            if !current.isEmpty {
                tokens.append((String(current), tokenStart..<offset))
                current = String.UnicodeScalarView()
            }
            switch scalar.value {
            case 0x2C, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x2014, 0x2013, 0xFF0C, 0xFF1B, 0xFF1A, 0x060C, 0x061B, 0x3001, 0xFF08, 0xFF09:
                clauseStarts.append(offset + length)
            default:
                break
            }
            // Quotations: straight and curly quotes, guillemets, corner brackets, backticks.
            switch scalar.value {
            case 0x22, 0x60, 0x27:
                if let open = openQuote, open.scalar == scalar.value {
                    quotes.append(open.at..<offset + length)
                    openQuote = nil
                } else if openQuote == nil {
                    openQuote = (scalar.value, offset)
                }
            case 0xAB, 0x300C, 0x300E, 0x201E, 0x2018:
                openQuote = (scalar.value, offset)
            case 0x201C where openQuote == nil:
                openQuote = (scalar.value, offset)
            case 0x201C, 0x201D, 0xBB, 0x300D, 0x300F, 0x2019:
                if let open = openQuote {
                    quotes.append(open.at..<offset + length)
                    openQuote = nil
                }
            default:
                break
            }
        }
        if !current.isEmpty { tokens.append((String(current), tokenStart..<offset)) }
        func clause(_ at: Int) -> Int { SortedSearch.last(in: clauseStarts.indices, atOrBefore: at) { clauseStarts[$0] } }
        for (position, token) in tokens.enumerated() {
            var role = index.words[token.text] ?? []
            if let found = index.shortStarts[String(token.text.prefix(1))] { role.formUnion(found) }
            for start in index.startsByHead[token.text.prefix(2)] ?? [] where token.text.hasPrefix(start.text) {
                role.formUnion(start.role)
            }
            let asciiToken = token.text.utf8.allSatisfy { $0 < 0x80 }
            for inside in asciiToken ? index.asciiInsides : index.wideInsides where token.text.utf8.count >= inside.text.utf8.count {
                if token.text.contains(inside.text) { role.formUnion(inside.role) }
            }
            for ending in index.endings where token.text.count > ending.text.count + 3 && token.text.hasSuffix(ending.text) {
                // Only on a noun of the set: "instruksimu", not "must".
                if !role.isDisjoint(with: OwnInstructionIndex.Role.nouns) { role.formUnion(ending.role) }
            }
            if !role.isEmpty { marks.append(Mark(role: role, range: token.range, clause: clause(token.range.lowerBound))) }
            // Turkish negates inside the verb ("unutma", "yok sayma"): the verb carries its own negation.
            if !role.isDisjoint(with: [.breaks, .keeps]),
               NegationGrammar.turkishNegativeEndings.contains(where: { token.text.hasSuffix($0) && token.text.count > $0.count + 2 }),
               token.text.unicodeScalars.contains(where: { "ıığşçöü".unicodeScalars.contains($0) }) || token.text.hasSuffix("ma") || token.text.hasSuffix("me") {
                marks.append(Mark(role: .negation, range: token.range, clause: clause(token.range.lowerBound)))
            }
            for phrase in index.phrases[token.text] ?? [] where position + phrase.rest.count < tokens.count {
                var same = true
                for (step, word) in phrase.rest.enumerated() {
                    let actual = tokens[position + 1 + step].text
                    let last = step == phrase.rest.count - 1
                    if !(actual == word || (last && phrase.open && actual.hasPrefix(word))) {
                        same = false
                        break
                    }
                }
                if same {
                    let end = tokens[position + phrase.rest.count].range.upperBound
                    marks.append(Mark(role: phrase.role, range: token.range.lowerBound..<end, clause: clause(token.range.lowerBound)))
                }
            }
        }
        guard hasUnspaced else { return }
        offset = 0
        for scalar in scalars {
            defer { offset += UTF8.width(scalar) }
            guard let candidates = index.unspaced[scalar.value] else { continue }
            for candidate in candidates where offset + candidate.bytes.count <= utf8.count {
                if utf8[offset..<(offset + candidate.bytes.count)].elementsEqual(candidate.bytes) {
                    marks.append(Mark(role: candidate.role, range: offset..<(offset + candidate.bytes.count), clause: clause(offset)))
                }
            }
        }
    }
}
