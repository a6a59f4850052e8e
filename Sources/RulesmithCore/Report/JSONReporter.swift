/// The `lint --format json` contract of DESIGN.md (version 1), fields in the documented order.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        document(reports).serialized(pretty: true) + "\n"
    }

    public func document(_ reports: [FileReport]) -> JSONValue {
        let summary = LintSummary(reports)
        return .object([
            ("version", .int(1)),
            ("files", .array(reports.map { .object([("path", .string($0.path)), ("kind", .string($0.kind.rawValue))]) })),
            ("diagnostics", .array(reports.flatMap(\.diagnostics).map(Self.diagnostic))),
            ("summary", .object([
                ("files", .int(summary.files)), ("errors", .int(summary.errors)),
                ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
            ])),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("path", .string(diagnostic.path)),
            ("line", .int(diagnostic.start.line)),
            ("column", .int(diagnostic.start.column)),
            ("endLine", .int(diagnostic.end.line)),
            ("endColumn", .int(diagnostic.end.column)),
            ("rule", .string(diagnostic.ruleID)),
            ("name", .string(diagnostic.ruleName)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("fix", diagnostic.fix.map { .object([("applicability", .string($0.applicability.rawValue))]) } ?? .null),
        ])
    }
}
