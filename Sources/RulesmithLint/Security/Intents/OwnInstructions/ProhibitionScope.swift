/// Whether a prohibition governs an act (issue 14, item 16): "never send .env to …", "لا ترسل",
/// "asla gönderme", "nigdy nie wysyłaj", "không được gửi", "jangan kirim", "aldrig skicka",
/// "ห้ามส่ง", "לעולם אל תשלח", "niciodată nu trimite", "不要发送", "절대 보내지 마". A defensive rule
/// forbids the dangerous act; forbidding it must never be an error, in any language. The
/// negations are the languages' data (`OwnInstructionLanguage.negations`); the scope is read the
/// same way for all: the negation stands in the act's own part of the clause (no comma, colon or
/// coordinator between: "don't ask, just send …", "don't wait and send …" forbid something else),
/// within a few words before the act, and the word it governs is not a verb of not doing ("never
/// forget to send …", "no dudes en enviar …" are orders).
enum ProhibitionScope {
    /// Words between the negation and the act ("never, under any circumstances, send" is cut by
    /// its commas; "do not ever directly send" is not).
    static let reach = 5

    /// Verbs of not doing in scripts without spaces, right after their negation ("别忘了发送",
    /// "忘れずに送って", "잊지 말고 보내").
    static let unspacedFakes = ["忘", "犹豫", "猶豫", "迟疑", "遲疑", "客气", "客氣", "担心", "擔心", "拒绝", "拒絕", "ためら", "遠慮", "잊", "망설", "주저"]

    static func forbids(_ bytes: UnsafeBufferPointer<UInt8>, clause: Range<Int>, act: Range<Int>) -> Bool {
        guard act.lowerBound > clause.lowerBound else { return false }
        var from = max(clause.lowerBound, act.lowerBound - 120)
        while from < act.lowerBound, bytes[from] & 0xC0 == 0x80 { from += 1 }
        var before = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<act.lowerBound]), as: UTF8.self).lowercased()
        // No word that can negate (a negation, or a Turkish verb that carries one): nothing to read.
        if let roles = before.withUTF8({ OwnInstructionGate.shared.roles($0) }), roles.isDisjoint(with: [.negation, .breaks, .keeps]) {
            return false
        }
        let found = OwnInstructionMarks(before)
        let actClause = countClauses(before)
        let utf8 = Array(before.utf8)
        let quantifiers = Set(found.tokens.filter { OwnInstructionIndex.quantifiers.contains($0.text) }.map(\.range.lowerBound))
        let negations = found.marks.filter {
            $0.role.contains(.negation) && $0.role.isDisjoint(with: [.breaks, .keeps]) && $0.clause == actClause
        }
        for mark in negations where !quantifiers.contains(mark.range.lowerBound) {
            let after = String(decoding: utf8[mark.range.upperBound...], as: UTF8.self)
            let words = OwnInstructionIndex.tokens(after)
            guard words.count <= reach else { continue }
            if words.contains(where: { Cues.coordinators.contains($0) }) { continue }
            // Two negations cancel ("don't not ignore", "no reason not to", "not forbidden to", "no dejes de").
            if negations.contains(where: { !$0.range.overlaps(mark.range) }) && negations.count > 1
                || words.contains(where: { prohibitive.contains($0) }) {
                return false
            }
            if words.prefix(2).contains(where: { isFake($0) }) { continue }
            let rest = after.drop { $0 == " " }
            if unspacedFakes.contains(where: { rest.hasPrefix($0) }) { continue }
            // Korean and Japanese put the negation after the verb ("잊지 말고": don't forget).
            let ahead = String(decoding: utf8[max(0, mark.range.lowerBound - 9)..<mark.range.lowerBound], as: UTF8.self)
            if unspacedFakes.contains(where: { ahead.contains($0) }) { continue }
            // German and Dutch put the negation after the verb it governs ("vergiss nicht …").
            if let previous = found.tokens.last(where: { $0.range.upperBound <= mark.range.lowerBound }), isFake(previous.text) {
                continue
            }
            return true
        }
        return false
    }

    /// Words that forbid: after a negation they make a double one ("not forbidden to …").
    static let prohibitive: Set<String> = [
        "forbidden", "prohibited", "banned", "disallowed", "interdit", "interdite", "verboten", "untersagt", "prohibido", "prohibida",
        "proibido", "proibida", "vietato", "vietata", "запрещено", "zabronione", "verboden", "yasak", "yasaktır", "reason", "razón", "raison", "grund",
    ]

    /// Verbs of forgetting and hesitating in the languages `NegationGrammar` does not list
    /// ("glöm inte att skicka", "nie zapomnij", "فراموش نکن", "ভুলবেন না").
    static let moreFakeStems = [
        "hesit", "deix", "dej", "glöm", "glem", "zapom", "uit", "ξεχ", "felejt", "unoh", "lupa", "ভুল", "فراموش", "تنس", "תשכח", "שכח",
        "भूल", "ลืม", "quên", "muista", "kumbuka", "sahau", "kalimut", "забрав", "заборав", "zaborav", "zabudn",
    ]

    /// A verb of not doing, its elided particle removed ("n'hésite"), Portuguese "hesite" too.
    private static func isFake(_ word: String) -> Bool {
        var word = word
        for particle in ["n'", "l'", "d'", "s'"] where word.hasPrefix(particle) { word.removeFirst(2) }
        return NegationGrammar.isFake(word) || moreFakeStems.contains { word.hasPrefix($0) }
    }

    private static func countClauses(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2C, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x2014, 0x2013, 0xFF0C, 0xFF1B, 0xFF1A, 0x060C, 0x061B, 0x3001, 0xFF08, 0xFF09:
                count += 1
            default:
                break
            }
        }
        return count
    }
}
