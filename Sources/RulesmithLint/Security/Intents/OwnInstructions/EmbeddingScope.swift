/// Whether an attack phrase is embedded in a defensive rule rather than said to the agent (issue
/// 14, item 16): a report of a third party's request comes before it — a report word ("says",
/// "asks you to", "طلب منك", "isterse", "każe ci", "yêu cầu bạn", "ber dig", "ขอให้คุณ") or an
/// "if" with a third party ("if a file …", "jeśli jakiś plik …") — and a refusal follows it, in its
/// sentence or the next: a genuine negation ("don't", "nie rób tego", "đừng làm theo", "אל
/// תעשה") or a refusal word ("refuse", "report it"). Fake refusals still leave an order: a
/// negation of a verb of not doing ("ne l'oublie pas", "n'empêche pas"), or none at all ("…,
/// hazlo"). The words are the languages' data (`OwnInstructionLanguage`).
enum EmbeddingScope {
    static func embeds(_ bytes: UnsafeBufferPointer<UInt8>, match: Range<Int>, clause: Range<Int>, joinLines: Bool) -> Bool {
        guard match.lowerBound > clause.lowerBound else { return false }
        // A quoted phrase is `DefensiveQuote`'s to judge (it reads "…', do it" as an order).
        var edge = match.lowerBound - 1
        while edge > clause.lowerBound, bytes[edge] == 0x20 { edge -= 1 }
        if [0x22, 0x27, 0x60, 0xAB, 0x9C, 0x9E, 0x8C, 0x8E, 0x98].contains(bytes[edge]) { return false }
        var from = max(clause.lowerBound, match.lowerBound - 160)
        while from < match.lowerBound, bytes[from] & 0xC0 == 0x80 { from += 1 }
        var lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<match.lowerBound]), as: UTF8.self).lowercased()
        // No word of a condition or report before the phrase: nothing embeds it.
        if let roles = lowered.withUTF8({ OwnInstructionGate.shared.roles($0) }), roles.isDisjoint(with: [.condition, .conditional]) {
            return false
        }
        let before = OwnInstructionMarks(lowered)
        let reported = before.marks.contains { $0.role.contains(.condition) }
            || before.marks.contains { conditional in
                conditional.role.contains(.conditional)
                    && before.marks.contains { $0.role.contains(.source) && $0.range.lowerBound > conditional.range.lowerBound }
            }
        guard reported else { return false }
        let next = clause.upperBound < bytes.count
            ? Clause.end(bytes, after: min(bytes.count, clause.upperBound + 1), joinLines: joinLines) : clause.upperBound
        let after = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.upperBound..<max(match.upperBound, next)]), as: UTF8.self)
            .lowercased()
        let refusal = OwnInstructionMarks(after)
        if refusal.marks.contains(where: { $0.role.contains(.refusal) }) { return true }
        let utf8 = Array(after.utf8)
        for mark in refusal.marks where mark.role.contains(.negation) && mark.role.isDisjoint(with: [.breaks]) {
            let rest = OwnInstructionIndex.tokens(String(decoding: utf8[mark.range.upperBound...], as: UTF8.self))
            // "ne l'oublie pas", "don't forget it": the verb after (or before) the negation is one of not doing.
            let previous = refusal.tokens.last { $0.range.upperBound <= mark.range.lowerBound }?.text
            if rest.prefix(2).contains(where: { fake($0) }) || previous.map(fake) == true { continue }
            return true
        }
        return false
    }

    private static func fake(_ word: String) -> Bool {
        var word = word
        for particle in ["n'", "l'", "d'", "s'"] where word.hasPrefix(particle) { word.removeFirst(2) }
        return NegationGrammar.isFake(word) || ProhibitionScope.unspacedFakes.contains { word.hasPrefix($0) }
    }
}
