/// How much of a file an editor reads or recommends, and what happens past it (`targets.md` §8).
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

    /// Error where the reader silently drops text; warning for unconfirmed or advisory limits.
    public var severity: Severity {
        truncates && source != .unconfirmed ? .error : .warning
    }
}
