import RulesmithText

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"

    public init() {}

    public func report(_ reports: [FileReport], catalogue: RuleCatalogue) -> String {
        var output = ""
        for diagnostic in reports.flatMap(\.diagnostics) {
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .info: command = "notice"
            }
            let properties = [
                "file=\(Self.property(PrintableMessage.make(diagnostic.path)))",
                "line=\(diagnostic.start.line)",
                "col=\(diagnostic.start.column)",
                "endLine=\(diagnostic.end.line)",
                "endColumn=\(diagnostic.end.column)",
                "title=\(Self.property("\(diagnostic.ruleID) \(diagnostic.ruleName)"))",
            ].joined(separator: ",")
            output += "::\(command) \(properties)::\(Self.data("\(diagnostic.message) [\(diagnostic.ruleID)]"))\n"
        }
        return output
    }

    /// Escapes a message as the workflow-command parser expects.
    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escapes a property value (also `:` and `,`).
    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
