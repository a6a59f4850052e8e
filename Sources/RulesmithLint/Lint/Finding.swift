/// What a rule reports: a byte range in the document, a message, and optionally a fix.
public struct Finding: Sendable, Hashable {
    /// Byte offsets into the document's `SourceText`.
    public var range: Range<Int>
    public var message: String
    /// Set when the rule's severity depends on context (e.g. a zero-width space inside a word);
    /// nil means the rule's default. A configured level always wins.
    public var severity: Severity?
    public var fix: Fix?

    public init(range: Range<Int>, message: String, severity: Severity? = nil, fix: Fix? = nil) {
        self.range = range
        self.message = message
        self.severity = severity
        self.fix = fix
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
