/// One provider's secret format as a sequence of pieces, matched with bounded backtracking from
/// the anchor keyword's start (never a regex over the whole line).
struct SecretPattern: Sendable {
    indirect enum Piece: Sendable {
        /// Exact bytes (case-sensitive).
        case literal(String)
        /// Bytes compared ignoring ASCII case.
        case folded(String)
        /// `min…max` bytes of the set, longest first.
        case run(ByteSet, Int, Int)
        /// The first alternative that lets the rest match.
        case choice([[Piece]])
        /// The next byte is not in the set (or the text ends).
        case notFollowedBy(ByteSet)
    }

    let provider: String
    let pieces: [Piece]
    var severity: Severity = .error
    /// The byte before must not be a letter, digit or underscore.
    var wordStart = false

    /// The end of the secret when it starts at `start`.
    func match(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int? {
        Self.match(pieces[...], bytes, start, limit)
    }

    private static func match(_ pieces: ArraySlice<Piece>, _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ limit: Int) -> Int? {
        guard let piece = pieces.first else { return position }
        let rest = pieces.dropFirst()
        switch piece {
        case .literal(let text):
            var cursor = position
            for byte in text.utf8 {
                guard cursor < limit, bytes[cursor] == byte else { return nil }
                cursor += 1
            }
            return match(rest, bytes, cursor, limit)
        case .folded(let text):
            var cursor = position
            for byte in text.utf8 {
                guard cursor < limit else { return nil }
                let actual = bytes[cursor]
                let lowered = actual >= 0x41 && actual <= 0x5A ? actual | 0x20 : actual
                guard lowered == byte else { return nil }
                cursor += 1
            }
            return match(rest, bytes, cursor, limit)
        case .run(let set, let minimum, let maximum):
            var count = 0
            while count < maximum, position + count < limit, set.contains(bytes[position + count]) { count += 1 }
            guard count >= minimum else { return nil }
            var length = count
            while length >= minimum {
                if let end = match(rest, bytes, position + length, limit) { return end }
                length -= 1
            }
            return nil
        case .choice(let alternatives):
            for alternative in alternatives {
                if let end = match(ArraySlice(alternative + Array(rest)), bytes, position, limit) { return end }
            }
            return nil
        case .notFollowedBy(let set):
            if position < limit, set.contains(bytes[position]) { return nil }
            return match(rest, bytes, position, limit)
        }
    }
}
