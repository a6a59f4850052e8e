/// A cheap first look at a sentence before `OwnInstructionMarks` reads it: which roles of
/// `OwnInstructionIndex` its words may hold, found on bytes without making a string per word.
///
/// It answers only for a sentence whose letters and digits are all ASCII (the other scalars only
/// separate words): every word the marks would make is then an ASCII string, compared byte for
/// byte, so what they find is always found here too — the answer may hold roles the marks do
/// not find (a word start taken for a whole word, a phrase by one of its words), never fewer.
/// A sentence with a letter outside ASCII gets no answer and is read in full.
struct OwnInstructionGate: Sendable {
    typealias Role = OwnInstructionIndex.Role

    /// One spelling looked for: an ASCII run of letters and digits of an entry (the entry's
    /// words split at apostrophes and hyphens, which end a run here).
    private struct Key: Sendable {
        let bytes: [UInt8]
        let role: Role
    }

    /// Where one entry goes in the gate, read from its spelling (`placement(_:_:)`): the string
    /// work of reading an entry is done once, by `OwnInstructionTables`, not in every process.
    struct Placement: Sendable, Equatable {
        enum Kind: UInt8, Sendable {
            case ending, inside, start, whole
        }

        let kind: Kind
        let role: Role
        /// The ASCII run a word must hold.
        let bytes: [UInt8]
    }

    /// Whole runs, by a hash of their bytes (a collision only lets a sentence through).
    private var whole: [UInt64: Role] = [:]
    /// Run starts, by their first two bytes (`head(a, b)`; a one-byte start under `head(a, 0)`).
    private var starts: [Int: [Key]] = [:]
    /// Inside a run anywhere, and at a run's end.
    private var insides: [Key] = []
    private var endings: [Key] = []

    static let shared = OwnInstructionGate(OwnInstructionTables.shared.gate)

    init(_ placements: [Placement]) {
        for placement in placements { place(placement) }
    }

    /// Whether a sentence whose words may hold `roles` can break the assistant's own set: a
    /// break needs a noun of a set, a mark making it the assistant's own (or prior) and a
    /// predicate (`OwnInstructionReading.read`); nil (letters outside ASCII) is read in full.
    static func mayBreak(_ roles: Role?) -> Bool {
        guard let roles else { return true }
        return !roles.isDisjoint(with: Role.nouns) && !roles.isDisjoint(with: ownership) && !roles.isDisjoint(with: Role.predicates)
    }

    /// What can make a noun the assistant's own in `OwnInstructionReading.read`.
    static let ownership: Role = [.owned, .possessive, .prior, .assistant]

    /// The roles the words of `bytes` may hold, or nil when it holds a letter or digit outside
    /// ASCII. ASCII upper case is read as lower case (the marks read the lower-cased sentence).
    func roles(_ bytes: UnsafeBufferPointer<UInt8>) -> Role? {
        var found: Role = []
        var index = 0
        var runStart = -1
        while index <= bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            if byte < 0x80 {
                if Self.isWordByte(byte) {
                    if runStart < 0 { runStart = index }
                    index += 1
                    continue
                }
            } else {
                let (value, length) = UTF8Scalar.decode(bytes, at: index, end: bytes.count)
                if let scalar = Unicode.Scalar(value), OwnInstructionIndex.isWordScalar(scalar) { return nil }
                if runStart >= 0 {
                    found.formUnion(roles(ofRun: UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
                    runStart = -1
                }
                index += max(1, length)
                continue
            }
            if runStart >= 0 {
                found.formUnion(roles(ofRun: UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
                runStart = -1
            }
            index += 1
        }
        return found
    }

    private func roles(ofRun run: UnsafeBufferPointer<UInt8>) -> Role {
        var found = whole[Self.hash(run)] ?? []
        let first = Int(Self.lower(run[0]))
        for key in starts[Self.head(first, 0)] ?? [] { found.formUnion(key.role) }
        if run.count >= 2 {
            for key in starts[Self.head(first, Int(Self.lower(run[1])))] ?? [] where key.bytes.count <= run.count && Self.has(key.bytes, in: run, at: 0) {
                found.formUnion(key.role)
            }
        }
        for key in insides where key.bytes.count <= run.count && !found.isSuperset(of: key.role) {
            for offset in 0...(run.count - key.bytes.count) where Self.has(key.bytes, in: run, at: offset) {
                found.formUnion(key.role)
                break
            }
        }
        for key in endings where key.bytes.count <= run.count && Self.has(key.bytes, in: run, at: run.count - key.bytes.count) {
            found.formUnion(key.role)
        }
        return found
    }

    /// Mirrors `OwnInstructionIndex.placement`: an entry is a phrase, a word inside a word, a word
    /// start, a whole word or a suffix; each gives the longest run it must contain. Nil for an
    /// entry no ASCII sentence can hold.
    static func placement(_ entry: String, _ role: Role) -> Placement? {
        // A script without spaces is matched only in a sentence that holds it: never ASCII.
        if entry.unicodeScalars.contains(where: OwnInstructionIndex.isUnspaced) { return nil }
        let syntax = OwnInstructionEntrySyntax(entry)
        let (openStart, openEnd) = (syntax.openStart, syntax.openEnd)
        if let ending = syntax.suffix {
            let suffix = Array(ending.utf8)
            guard !suffix.isEmpty, suffix.allSatisfy(Self.isWordByte) else { return nil }
            return Placement(kind: .ending, role: role, bytes: suffix)
        }
        let words = OwnInstructionIndex.tokens(syntax.text)
        // A word outside ASCII never equals, starts or sits inside an ASCII word.
        guard !words.isEmpty, words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        // The longest run, and whether the word may go on after it.
        var best: (bytes: [UInt8], open: Bool) = ([], false)
        for (position, word) in words.enumerated() {
            let runs = word.utf8.split { $0 == 0x27 || $0 == 0x2D }.map { Array($0) }
            for (step, run) in runs.enumerated() where run.count > best.bytes.count {
                let lastRunOfOpenWord = step == runs.count - 1 && position == words.count - 1 && openEnd
                best = (run, lastRunOfOpenWord)
            }
        }
        guard !best.bytes.isEmpty else { return nil }
        return Placement(kind: openStart && words.count == 1 ? .inside : best.open ? .start : .whole, role: role, bytes: best.bytes)
    }

    private mutating func place(_ placement: Placement) {
        let key = Key(bytes: placement.bytes, role: placement.role)
        switch placement.kind {
        case .ending:
            endings.append(key)
        case .inside:
            insides.append(key)
        case .start:
            starts[Self.head(Int(key.bytes[0]), key.bytes.count >= 2 ? Int(key.bytes[1]) : 0), default: []].append(key)
        case .whole:
            whole[Self.hash(key.bytes), default: []].formUnion(key.role)
        }
    }

    /// Letters and digits: what `OwnInstructionIndex.isWordScalar` says of ASCII.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func head(_ first: Int, _ second: Int) -> Int { first << 8 | second }

    /// FNV-1a of the lower-cased bytes.
    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { value = (value ^ UInt64(lower(byte))) &* 0x100_0000_01B3 }
        return value
    }

    @inline(__always)
    private static func has(_ key: [UInt8], in run: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        for position in key.indices where lower(run[offset + position]) != key[position] { return false }
        return true
    }
}
