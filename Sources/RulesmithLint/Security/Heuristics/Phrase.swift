/// A word pattern such as "ignore … previous … instructions": steps of alternative words or word
/// sequences, each allowed a few intervening words. Matching never crosses a sentence end.
struct Phrase: Sendable {
    struct Step: Sendable {
        /// Alternatives, each a sequence of lower-case words (`'` stands for either apostrophe).
        let options: [[String]]
        /// Words allowed between the previous step and this one.
        let maxGap: Int
        /// An extra condition on the matched words.
        var check: Check = .none
    }

    /// Conditions a step's words must meet beyond spelling.
    enum Check: Sendable {
        case none
        /// A secret-bearing file (`.env`, `id_rsa`, `~/.ssh`, `.aws/credentials`, …), or a generic
        /// noun (tokens, API keys) that a quantifier such as "all" or "your" introduces.
        case secretObject
    }

    /// A check on what follows the match.
    enum Tail: Sendable {
        case any
        /// The next non-space character is `:`.
        case colon
        /// The next word is not "to" ("don't tell the user to …" is advice, not concealment).
        case notTo
    }

    let steps: [Step]
    let tail: Tail
    /// The most words a match can span, plus one for the tail check.
    let reach: Int

    init(_ steps: [Step], tail: Tail = .any) {
        self.steps = steps
        self.tail = tail
        reach = steps.reduce(1) { $0 + $1.maxGap + ($1.options.map(\.count).max() ?? 1) }
    }

    /// Words that can start the phrase (the automaton's anchors), with both apostrophes.
    var anchors: [String] {
        steps[0].options.flatMap { option in
            option[0].contains("'") ? [option[0], String(option[0].map { $0 == "'" ? "\u{2019}" : $0 })] : [option[0]]
        }
    }
}

/// Splits a window of a line into words and matches phrases against them.
struct PhraseMatcher {
    /// Reused buffer of word ranges.
    private var words: [Range<Int>] = []
    static let windowBytes = 400
    static let windowWords = 40

    /// The byte range the phrase covers when it matches at the word starting at `start`.
    mutating func match(_ phrase: Phrase, _ view: LineView, at start: Int) -> Range<Int>? {
        collectWords(view, from: start, limit: phrase.reach)
        guard let first = words.first, first.lowerBound == start else { return nil }
        guard let endWord = matchStep(phrase, 0, 0, view) else { return nil }
        let range = start..<words[endWord - 1].upperBound
        switch phrase.tail {
        case .any:
            return range
        case .colon:
            let next = view.skipSpaces(range.upperBound)
            return next < view.line.upperBound && view.bytes[next] == 0x3A ? range : nil
        case .notTo:
            if endWord < words.count, Self.equals(view, words[endWord], "to") { return nil }
            return range
        }
    }

    private func matchStep(_ phrase: Phrase, _ stepIndex: Int, _ wordIndex: Int, _ view: LineView) -> Int? {
        if stepIndex == phrase.steps.count { return wordIndex }
        let step = phrase.steps[stepIndex]
        let lastStart = stepIndex == 0 ? wordIndex : wordIndex + step.maxGap
        var position = wordIndex
        while position <= lastStart, position < words.count {
            for option in step.options where position + option.count <= words.count {
                var matched = true
                for (offset, word) in option.enumerated() where !Self.equals(view, words[position + offset], word) {
                    matched = false
                    break
                }
                guard matched, step.check == .none || isSecretObject(view, position, option) else { continue }
                if let end = matchStep(phrase, stepIndex + 1, position + option.count, view) { return end }
            }
            position += 1
        }
        return nil
    }

    private static let fileObjects: Set<String> = ["env", "npmrc", "netrc", "pypirc", "ssh"]
    private static let quantifiers = ["all", "your", "every", "any", "their", "user's", "users'", "my"]

    private func isSecretObject(_ view: LineView, _ position: Int, _ option: [String]) -> Bool {
        let word = words[position]
        let before = word.lowerBound > view.line.lowerBound ? view.bytes[word.lowerBound - 1] : 0
        if option == ["id_rsa"] || option == ["id_ed25519"] { return true }
        if option.count == 1, Self.fileObjects.contains(option[0]) { return before == 0x2E }
        if option == ["credentials"], before == 0x2F || before == 0x2D { return true }
        guard position > 0 else { return false }
        var previous = position - 1
        if Self.equals(view, words[previous], "the"), previous > 0 { previous -= 1 }
        return Self.quantifiers.contains { Self.equals(view, words[previous], $0) }
    }

    /// Words from `start` to the end of the sentence, the line, or the window.
    private mutating func collectWords(_ view: LineView, from start: Int, limit maximumWords: Int) {
        words.removeAll(keepingCapacity: true)
        let limit = min(view.line.upperBound, start + Self.windowBytes)
        let wordLimit = min(Self.windowWords, maximumWords)
        var index = start
        while index < limit, words.count < wordLimit {
            let byte = view.bytes[index]
            if LineView.isWordByte(byte) {
                let wordStart = index
                while index < limit {
                    if LineView.isWordByte(view.bytes[index]) {
                        index += 1
                    } else if let length = apostrophe(view, index, limit), index + length < limit,
                              LineView.isWordByte(view.bytes[index + length]) {
                        index += length
                    } else {
                        break
                    }
                }
                words.append(wordStart..<index)
                continue
            }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B || byte == 0x3A {
                let next = index + 1
                if next >= view.line.upperBound || LineView.isSpace(view.bytes[next]) || view.bytes[next] == 0x2A { return }
            }
            index += 1
        }
    }

    /// Length of an apostrophe (`'` or U+2019) at `index`.
    private func apostrophe(_ view: LineView, _ index: Int, _ limit: Int) -> Int? {
        if view.bytes[index] == 0x27 { return 1 }
        if view.bytes[index] == 0xE2, index + 2 < limit, view.bytes[index + 1] == 0x80, view.bytes[index + 2] == 0x99 { return 3 }
        return nil
    }

    /// Case-insensitive comparison of a word with a lower-case literal; both apostrophes match `'`.
    static func equals(_ view: LineView, _ word: Range<Int>, _ literal: String) -> Bool {
        var position = word.lowerBound
        for byte in literal.utf8 {
            guard position < word.upperBound else { return false }
            if byte == 0x27 {
                if view.bytes[position] == 0x27 {
                    position += 1
                } else if view.bytes[position] == 0xE2 {
                    position += 3
                } else {
                    return false
                }
                continue
            }
            guard view.lower(position) == byte else { return false }
            position += 1
        }
        return position == word.upperBound
    }
}
