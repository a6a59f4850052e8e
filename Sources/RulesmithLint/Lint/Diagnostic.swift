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
    /// How many findings this diagnostic stands for when a rule fired too often in the file to
    /// list each (see `FindingCap`); 0 for an ordinary diagnostic.
    public var collapsed: Int

    public init(
        path: String, start: SourcePosition, end: SourcePosition, ruleID: String, ruleName: String,
        severity: Severity, message: String, fix: Fix?, byteRange: Range<Int>, collapsed: Int = 0
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
        self.collapsed = collapsed
    }

    /// The number of findings this diagnostic counts for: itself, or the ones it collapses.
    public var findingCount: Int { collapsed > 0 ? collapsed : 1 }
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

/// Counts by severity across a run; a collapsed diagnostic counts every finding it stands for.
public struct LintSummary: Sendable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(_ reports: [FileReport]) {
        files = reports.count
        var counts = [0, 0, 0]
        for report in reports {
            for diagnostic in report.diagnostics {
                switch diagnostic.severity {
                case .error: counts[0] += diagnostic.findingCount
                case .warning: counts[1] += diagnostic.findingCount
                case .info: counts[2] += diagnostic.findingCount
                }
            }
        }
        errors = counts[0]
        warnings = counts[1]
        infos = counts[2]
    }
}
