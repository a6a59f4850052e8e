/// rot13, the letter rotation that hides text from a reader and from a keyword scan alike. The
/// automaton carries the rotated spelling of the intent words (`vtaber` is `ignore`); a line that
/// holds one is rotated back and scanned again, and what it says is reported where it stands.
enum Rot13 {
    /// Words that open an injection, rotated.
    static let anchors: [String] = [
        "ignore", "disregard", "forget", "send", "upload", "exfiltrate", "disable", "bypass", "turn off", "you are now",
        "do not tell", "curl", "wget", "approve", "previous", "instructions", "system prompt",
    ].map(rotate)

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
