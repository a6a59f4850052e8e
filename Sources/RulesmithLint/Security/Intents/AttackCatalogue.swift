/// Security documentation that lists attacks (a skill's "prompt injection patterns", a "dangerous
/// code patterns" reference): under a heading that names attacks, an example shown as an example
/// (in a code block, a code span, a table row or quotation marks) is noted as info rather than
/// reported as an instruction. The same words in plain prose, in an HTML comment, or under any
/// other heading stay what they are.
enum AttackCatalogue {
    /// Words of a heading that make its section a catalogue of attacks (matched in lower case).
    static let topics: [String] = [
        "injection", "jailbreak", "attack", "malicious", "dangerous", "threat", "exploit", "exfiltration", "obfuscation",
        "red flag", "adversarial", "payload", "evasion", "backdoor",
        "attaque", "malveillant", "dangereux", "menace", "angriff", "bösartig", "gefährlich", "bedrohung", "ataque",
        "malicioso", "peligros", "amenaza", "perigos", "ameaça", "attacco", "dannos", "minacc", "атак", "инъекц",
        "вредонос", "опасн", "угроз", "注入", "攻击", "恶意", "危险", "威胁", "インジェクション", "攻撃", "悪意", "危険", "脅威",
        "인젝션", "공격", "악성", "위험", "위협",
    ]

    private static let topicBytes = topics.map { Array($0.utf8) }

    static func isAboutAttacks(_ heading: String) -> Bool {
        // ASCII case is folded while comparing; other scripts' capitals ("Атаки") need lower-casing.
        let text = heading.utf8.contains { $0 >= 0x80 } ? heading.lowercased() : heading
        return Array(text.utf8).withUnsafeBufferPointer { bytes in
            topicBytes.contains { ScriptClass.contains($0, in: bytes, 0..<bytes.count) }
        }
    }

    /// Rules whose findings can be such an example.
    private static func applies(to rule: HeuristicRule) -> Bool {
        switch rule {
        case .override, .concealment, .hijack, .exfiltration, .destructive, .remoteScript, .credentialRead, .persistence: true
        default: false
        }
    }

    static func soften(_ matches: inout [TextMatch], from first: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ oracle: PassOracle) {
        for index in first..<matches.count where applies(to: matches[index].rule) {
            let match = matches[index]
            guard (match.severity ?? match.rule.defaultSeverity) > .info else { continue }
            let start = match.range.lowerBound
            guard let heading = oracle.framingHeadings(start).first(where: isAboutAttacks) else { continue }
            guard isShownAsExample(bytes, match.range, oracle) else { continue }
            let title = CodePointDescription.shortened(String(heading.drop { $0 == " " || $0 == "#" }), limit: 40)
            matches[index].severity = .info
            matches[index].message += " (an example in a section about attacks, '\(title)'; noted for review)"
        }
    }

    private static func isShownAsExample(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ oracle: PassOracle) -> Bool {
        let start = range.lowerBound
        if oracle.isCode(start) || oracle.inCodeSpan(start) { return true }
        // The line around the match, within a clause's reach (a 1 MB line is not read per match).
        var lineStart = start
        while lineStart > 0, start - lineStart < Clause.reach, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < bytes.count, lineEnd - start < Clause.reach, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var first = lineStart
        while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        if first < lineEnd, bytes[first] == 0x7C { return true }
        return DefensiveQuote.enclosingQuote(bytes, match: range.clamped(to: lineStart..<lineEnd), clause: lineStart..<lineEnd) != nil
    }
}
