import RulesmithText

/// How much of a file an editor reads or recommends, and what happens past it.
public struct SizeBudget: Sendable, Hashable {
    /// What the limit counts.
    public enum Unit: String, Sendable, Hashable {
        /// Unicode scalar values, as editors count string length.
        case characters
        case bytes
        case lines
    }

    /// Where the figure comes from, so messages can say how sure it is.
    public enum Source: String, Sendable, Hashable {
        /// Stated or shown by the vendor's own product or documentation.
        case vendor
        /// Quoted by others, not read from vendor documentation.
        case secondHand = "second-hand"
        /// Inferred, not observed.
        case unconfirmed
    }

    /// The file kind the budget applies to.
    public var kind: FileKind
    /// Who counts: the editor or agent, for messages ("Windsurf", "Codex").
    public var reader: String
    /// What the budget covers, for messages ("a workspace rule").
    public var scope: String
    public var limit: Int
    public var unit: Unit
    /// What the reader does past the limit, completing "… and <pastLimit>".
    public var pastLimit: String
    /// Whether the reader drops text past the limit (rather than warning or only advising).
    public var truncates: Bool
    public var source: Source

    public init(
        kind: FileKind, reader: String, scope: String, limit: Int, unit: Unit, pastLimit: String,
        truncates: Bool, source: Source
    ) {
        self.kind = kind
        self.reader = reader
        self.scope = scope
        self.limit = limit
        self.unit = unit
        self.pastLimit = pastLimit
        self.truncates = truncates
        self.source = source
    }
}

extension SizeBudget {
    /// The size of `bytes` in this budget's unit, counted as RF002 counts it: bytes; Unicode
    /// scalars (UTF-8 lead bytes); or lines, where a final line terminator opens no new line.
    public func measure(_ bytes: ArraySlice<UInt8>) -> Int {
        switch unit {
        case .bytes:
            return bytes.count
        case .characters:
            return bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        case .lines:
            guard !bytes.isEmpty else { return 0 }
            var lines = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x0A {
                    if previous != 0x0D { lines += 1 }
                } else if byte == 0x0D {
                    lines += 1
                }
                previous = byte
            }
            return bytes.last == 0x0A || bytes.last == 0x0D ? lines : lines + 1
        }
    }

    /// The offset where the budget runs out in `bytes` (the first byte past the limit), or nil
    /// when everything fits.
    public func cut(in bytes: [UInt8]) -> Int? {
        guard measure(bytes[...]) > limit else { return nil }
        switch unit {
        case .bytes:
            return limit
        case .characters:
            var characters = 0
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if characters == limit { return offset }
                characters += 1
            }
            return nil
        case .lines:
            return SourceText(bytes: bytes).lineStarts[limit]
        }
    }

    /// Whether a file past this budget must not be written: the reader drops what is past it
    /// and the figure is not merely inferred (the cases RF002 reports as errors).
    public var isEnforced: Bool { truncates && source != .unconfirmed }
}
