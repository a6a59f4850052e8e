import RulesmithEditors
import RulesmithText

/// A finding placed in a file, with its rule, effective severity and 1-based range.
public struct Diagnostic: Sendable, Hashable {
    public var path: String
    public var start: SourcePosition
    /// Exclusive end (the column after the last character), as SARIF counts it.
    public var end: SourcePosition
    public var ruleID: String
    public var ruleName: String
    public var severity: Severity
    public var message: String
    public var fix: Fix?
    /// Byte range in the file's text; kept for fixes and excerpts.
    public var byteRange: Range<Int>

    public init(
        path: String, start: SourcePosition, end: SourcePosition, ruleID: String, ruleName: String,
        severity: Severity, message: String, fix: Fix?, byteRange: Range<Int>
    ) {
        self.path = path
        self.start = start
        self.end = end
        self.ruleID = ruleID
        self.ruleName = ruleName
        self.severity = severity
        self.message = message
        self.fix = fix
        self.byteRange = byteRange
    }
}

/// The outcome of linting one file.
public struct FileReport: Sendable {
    public var path: String
    public var kind: FileKind
    public var diagnostics: [Diagnostic]

    public init(path: String, kind: FileKind, diagnostics: [Diagnostic]) {
        self.path = path
        self.kind = kind
        self.diagnostics = diagnostics
    }
}

/// Counts by severity across a run.
public struct LintSummary: Sendable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(_ reports: [FileReport]) {
        files = reports.count
        let all = reports.flatMap(\.diagnostics)
        errors = all.count { $0.severity == .error }
        warnings = all.count { $0.severity == .warning }
        infos = all.count { $0.severity == .info }
    }
}
