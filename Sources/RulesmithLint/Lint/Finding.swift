/// What a rule reports: a byte range in the document, a message, and optionally a fix.
public struct Finding: Sendable, Hashable {
    /// Byte offsets into the document's `SourceText`.
    public var range: Range<Int>
    public var message: String
    /// Set when the rule's severity depends on context (e.g. a zero-width space inside a word);
    /// nil means the rule's default. A configured level always wins.
    public var severity: Severity?
    public var fix: Fix?
    /// How many findings of the same rule in the same file this one stands for when they are too
    /// many to list (a flood); 0 for an ordinary finding. `range` is then the first of them.
    public var collapsed: Int

    public init(range: Range<Int>, message: String, severity: Severity? = nil, fix: Fix? = nil, collapsed: Int = 0) {
        self.range = range
        self.message = message
        self.severity = severity
        self.fix = fix
        self.collapsed = collapsed
    }
}

/// Whether a fix may be applied without review.
public enum FixApplicability: String, Sendable, Codable, Hashable {
    /// Keeps the meaning; applied by `--fix`.
    case safe
    /// May change the meaning; applied only with `--unsafe-fixes`.
    case unsafe
}

/// A set of byte edits that resolves one finding.
public struct Fix: Sendable, Hashable {
    public var applicability: FixApplicability
    public var title: String
    public var edits: [TextEdit]

    public init(_ applicability: FixApplicability, title: String, edits: [TextEdit]) {
        self.applicability = applicability
        self.title = title
        self.edits = edits
    }
}

/// Replace the bytes in `range` with `replacement`.
public struct TextEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var replacement: [UInt8]

    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }
}
