/// How a word-list entry of the own-instruction reading is written: `*` at either end leaves the
/// word open there, and a leading `-` makes it a suffix ("-mu", Indonesian "your"). The index and
/// its byte-level gate read entries the same way through this.
struct OwnInstructionEntrySyntax {
    /// The entry without its `*` marks.
    let text: String
    let openStart: Bool
    let openEnd: Bool

    init(_ entry: String) {
        var text = entry
        openStart = text.hasPrefix("*")
        if openStart { text.removeFirst() }
        openEnd = text.hasSuffix("*")
        if openEnd { text.removeLast() }
        self.text = text
    }

    /// The suffix after a leading `-`; nil for any other entry.
    var suffix: Substring? { text.hasPrefix("-") ? text.dropFirst() : nil }
}
