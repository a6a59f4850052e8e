/// rot13, the letter rotation that hides text from a reader and from a keyword scan alike. The
/// automaton carries the rotated spelling of the intent words (`vtaber` is `ignore`); a line that
/// holds one is rotated back and scanned again, and what it says is reported where it stands.
enum Rot13 {
    /// Words that open an injection, rotated: English phrases, and the Latin-script stems of the
    /// lexicon's verbs and objects in every language ("ignorier*", "anweisung", "instrucciones"),
    /// so rot13 German or Spanish is decoded as English is.
    static let anchors: [(text: String, wordEnd: Bool)] = {
        var list = [
            "ignore", "disregard", "forget", "send", "upload", "exfiltrate", "disable", "bypass", "turn off", "you are now",
            "do not tell", "curl", "wget", "approve", "previous", "instructions", "system prompt",
        ].map { (text: rotate($0), wordEnd: true) }
        var seen = Set(list.map(\.text))
        let concepts: Set<Concept> = [.ignoreVerb, .instructionNoun, .priorInstructions, .sendVerb, .disableVerb, .safetyObject]
        for stem in Lexicon.stems where concepts.contains(stem.concept) {
            let open = stem.text.hasSuffix("*")
            let text = String(stem.text.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed())
            // Short stems would decode half of all lines; five letters are rare by chance.
            guard text.count >= 5, text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            let rotated = rotate(text)
            if seen.insert(rotated).inserted { list.append((rotated, !open)) }
        }
        return list
    }()

    /// Whole words of an injection written backwards ("snoitcurtsni", "dragersid"): long and
    /// unlike any word read forwards, so a hit is a reversed line, not chance.
    static let reversedAnchors: [String] = [
        "erongi", "dragersid", "snoitcurtsni", "tpmorp", "daolpu", "etartlifxe", "elbasid", "ssapyb", "xobdnas", "lriuc",
        "tegrof", "suoiverp", "reilrae", "slaitnederc", "snekot", "evorppa",
    ]

    /// The line read backwards, character by character (a reversed line is reversed by letters,
    /// not by bytes).
    static func reversed(_ bytes: some Collection<UInt8>) -> [UInt8] {
        Array(String(String(decoding: Array(bytes), as: UTF8.self).reversed()).utf8)
    }

    static func rotate(_ text: String) -> String {
        String(decoding: rotate(Array(text.utf8)), as: UTF8.self)
    }

    /// The bytes with every ASCII letter rotated by 13; everything else unchanged, so offsets hold.
    static func rotate(_ bytes: some Collection<UInt8>) -> [UInt8] {
        bytes.map { byte in
            switch byte {
            case 0x41...0x5A: 0x41 + (byte - 0x41 + 13) % 26
            case 0x61...0x7A: 0x61 + (byte - 0x61 + 13) % 26
            default: byte
            }
        }
    }
}
