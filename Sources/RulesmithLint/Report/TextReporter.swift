import RulesmithText

/// `path:line:col: severity: message [ID]`, one line per finding, then a summary line; colour on request.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        var output = ""
        for diagnostic in reports.flatMap(\.diagnostics) {
            output += line(for: diagnostic) + "\n"
        }
        let summary = LintSummary(reports)
        let fixable = reports.flatMap(\.diagnostics).count { $0.fix?.applicability == .safe }
        var tail = "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), \(count(summary.infos, "info")) in \(count(summary.files, "file"))"
        if fixable > 0 { tail += "; \(fixable) fixable with --fix" }
        output += paint(tail, summary.errors > 0 ? "1" : "2") + "\n"
        return output
    }

    public func line(for diagnostic: Diagnostic) -> String {
        // Messages are printable already (the engine makes them so); a path is a file's name.
        let location = "\(PrintableMessage.make(diagnostic.path)):\(diagnostic.start.line):\(diagnostic.start.column):"
        let severity: String
        switch diagnostic.severity {
        case .error: severity = paint("error", "31;1")
        case .warning: severity = paint("warning", "33;1")
        case .info: severity = paint("info", "36")
        }
        return "\(paint(location, "1")) \(severity): \(diagnostic.message) [\(diagnostic.ruleID)]"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
