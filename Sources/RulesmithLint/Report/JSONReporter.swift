import RulesmithText

/// The `lint --format json` contract (version 1), fields in the order the README documents.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    /// Exactly `document(reports).serialized(pretty: true)` and a line break, written straight
    /// to bytes: a report of thousands of diagnostics skips building the value tree first.
    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        // Reserved generously: pages never written cost nothing, and growing the string would copy it.
        var report = ""
        report.reserveCapacity(1024 + reports.reduce(0) { $0 + 128 + 640 * $1.diagnostics.count })
        write(reports, catalogue: catalogue) { report += $0 }
        return report
    }

    /// The report in pieces of about 64 KB, each handed on as soon as it is made.
    public func write(_ reports: [FileReport], catalogue: RuleCatalogue, to sink: (String) -> Void) {
        var output: [UInt8] = []
        output.reserveCapacity(Self.flushBytes + 4096)
        func flush() {
            sink(String(decoding: output, as: UTF8.self))
            output.removeAll(keepingCapacity: true)
        }
        func text(_ literal: StaticString) {
            output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }
        func member(_ indent: Int, _ key: StaticString, first: Bool = false) {
            if !first { output.append(UInt8(ascii: ",")) }
            JSONValue.newline(indent, into: &output)
            output.append(UInt8(ascii: "\""))
            text(key)
            text("\": ")
        }
        func string(_ value: String) { JSONValue.escape(value, into: &output) }
        func int(_ value: Int) { JSONValue.append(value, into: &output) }

        text("{")
        member(1, "version", first: true)
        int(1)
        member(1, "files")
        if reports.isEmpty { text("[]") } else {
            text("[")
            for (index, report) in reports.enumerated() {
                if index > 0 { text(",") }
                JSONValue.newline(2, into: &output)
                text("{")
                member(3, "path", first: true)
                string(report.path)
                member(3, "kind")
                string(report.kind.rawValue)
                JSONValue.newline(2, into: &output)
                text("}")
            }
            JSONValue.newline(1, into: &output)
            text("]")
        }
        member(1, "diagnostics")
        var first = true
        for report in reports {
            for diagnostic in report.diagnostics {
                JSONValue.openElement(first: &first, indent: 2, into: &output)
                text("{")
                member(3, "path", first: true)
                string(diagnostic.path)
                member(3, "line")
                int(diagnostic.start.line)
                member(3, "column")
                int(diagnostic.start.column)
                member(3, "endLine")
                int(diagnostic.end.line)
                member(3, "endColumn")
                int(diagnostic.end.column)
                member(3, "rule")
                string(diagnostic.ruleID)
                member(3, "name")
                string(diagnostic.ruleName)
                member(3, "severity")
                string(diagnostic.severity.rawValue)
                member(3, "message")
                string(diagnostic.message)
                member(3, "fix")
                if let fix = diagnostic.fix {
                    text("{")
                    member(4, "applicability", first: true)
                    string(fix.applicability.rawValue)
                    JSONValue.newline(3, into: &output)
                    text("}")
                } else {
                    text("null")
                }
                if diagnostic.collapsed > 0 {
                    member(3, "collapsed")
                    int(diagnostic.collapsed)
                }
                JSONValue.newline(2, into: &output)
                text("}")
                if output.count >= Self.flushBytes { flush() }
            }
        }
        JSONValue.closeElements(first: first, indent: 1, into: &output)
        let summary = LintSummary(reports)
        member(1, "summary")
        text("{")
        member(2, "files", first: true)
        int(summary.files)
        member(2, "errors")
        int(summary.errors)
        member(2, "warnings")
        int(summary.warnings)
        member(2, "infos")
        int(summary.infos)
        JSONValue.newline(1, into: &output)
        text("}")
        JSONValue.newline(0, into: &output)
        text("}")
        output.append(0x0A)
        flush()
    }

    private static let flushBytes = 64 << 10

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

    /// One diagnostic; `collapsed` (how many findings a flood's summary stands for) only when set.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        let fields: [(String, JSONValue)] = [
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
        ]
        return .object(diagnostic.collapsed > 0 ? fields + [("collapsed", .int(diagnostic.collapsed))] : fields)
    }
}
